// Arabic sense rules for accusing verbs that make no charge (see ../trigger-senses.ts). Right after a negator the
// accusation is denied ("لم تتهم وزارة الداخلية أي طرف", "ولم يتهم بلاتر بارتكاب أي مخالفات"): the draft would keep
// it as a negated ACCUSE, which counts as an event all the same. "ما فاتهم من الغنائم" is فات + هم (what they
// missed), not ف + اتهم.
import type { SenseRule } from '../trigger-senses';

/** Negators right before the verb, with the conjunction glued on or not; ما before a past verb negates it too. */
const NEGATORS = ['لم', 'ولم', 'فلم', 'لن', 'ولن', 'ما'];

export const AR_UNMADE_CHARGE_SENSES: SenseRule[] = [
  { type: 'ACCUSE', phrases: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'يتهمون'], subjectNot: NEGATORS, window: 1 },
];
