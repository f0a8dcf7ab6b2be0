// Arabic sense rules for accusing verbs that make no charge (see ../trigger-senses.ts). Right after a negator the
// accusation is denied ("لم تتهم وزارة الداخلية أي طرف", "ولم يتهم بلاتر بارتكاب أي مخالفات"): the draft would keep
// it as a negated ACCUSE, which counts as an event all the same.
import type { SenseRule } from '../trigger-senses';

/** Negators right before the verb, with the conjunction glued on or not. Not ما: the stems of كما (as well as) hold
 * it ("كما اتهموا القوات الأوكرانية"), so "ما فاتهم من الغنائم" (فات + هم, what they missed) is left alone. */
const NEGATORS = ['لم', 'ولم', 'فلم', 'لن', 'ولن'];

export const AR_UNMADE_CHARGE_SENSES: SenseRule[] = [
  { type: 'ACCUSE', phrases: ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'يتهمون'], subjectNot: NEGATORS, window: 1 },
];
