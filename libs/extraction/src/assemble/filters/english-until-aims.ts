// "fighting on until Hamas is destroyed", "a general strike until the mayor is freed", "would not rest until al
// Shabaab is eliminated": an English passive in the present after "until" names the aim a struggle goes on for. The
// present tense after "until" speaks of the future, so the act has not happened (codebook: aims and plans are not
// events); "until the troops were withdrawn" (past) still reports one.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** The present auxiliary of the passive right before the trigger. */
const PRESENT_BE = new Set(['is', 'are']);
/** At most this many words (the subject: "the mayor", "al Shabaab") between "until" and the auxiliary. */
const SUBJECT_WORDS = 4;

/** The English trigger is a present passive ("is destroyed") in a clause opened by "until". */
export function untilAim(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const be = trigger.first - 1;
  if (tokens[trigger.first].isArabic || !PRESENT_BE.has(tokens[be]?.norm ?? '')) return false;
  for (let k = be - 1; k >= Math.max(clauseFirst, be - 1 - SUBJECT_WORDS); k--) {
    if (tokens[k].norm === 'until') return k < be - 1;
    if (tokens[k].isNumber) return false;
  }
  return false;
}
