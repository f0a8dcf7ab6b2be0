// "حلقت مقاتلات تركية في أجواء جبل قنديل من دون أن تشن غارات", "انسحب المسلحون دون أن يطلقوا النار": an Arabic act
// told in the "دون أن / بدون أن" (without) clause is what did NOT happen next to the act that did (codebook: only what
// the article reports as having happened is an event). Only the act itself right after "أن" (a verb trigger), or
// after a light verb of carrying out ("تشن غارات", "يتم إطلاق"), is ruled out: "دون أن تتبنى أي جهة الهجوم" still
// tells of an attack that happened, only not claimed.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { wordSet } from '../../text/word-sets';

const WITHOUT = wordSet('دون بدون ودون');
const THAT = wordSet('أن ان');
/** Light verbs that carry an act named by its noun: "أن تشن غارات", "أن ينفذ هجوما", "أن يتم إطلاق". */
const CARRY_OUT = wordSet(
  'تشن يشن يشنوا تشنا تنفذ ينفذ ينفذوا تطلق يطلق يطلقوا تقوم يقوم يقوموا يتم تتم تسجل يسجل تقع يقع',
);

/** True when the trigger is the act a "دون أن" clause says was not done. */
export function withoutArabicAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const at = trigger.first;
  if (!tokens[at]?.isArabic) return false;
  const verbAct = trigger.spec.voice !== 'noun' && at - 2 >= clauseFirst;
  if (verbAct && THAT.has(tokens[at - 1].norm) && WITHOUT.has(tokens[at - 2].norm)) return true;
  return (
    at - 3 >= clauseFirst &&
    CARRY_OUT.has(tokens[at - 1].norm) &&
    THAT.has(tokens[at - 2].norm) &&
    WITHOUT.has(tokens[at - 3].norm)
  );
}
