// "يمكن لمجلس الأمن، بقرار يتخذه بناء على الفصل السابع، أن يطلب من المحكمة": an ability whose أن clause comes only
// after an aside still frames the act as possible, not done (codebook: abilities are not events). genericCue looks
// four words back inside the clause; this follows the أن right before the trigger back across the aside.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

const ABLE = foldedSet(['يمكن', 'ويمكن', 'بإمكان', 'وبإمكان', 'بوسع', 'وبوسع', 'يحق', 'ويحق']);
const THAT = foldedSet(['أن', 'وأن', 'إن', 'وإن']);
const NOT = foldedSet(['لا', 'ولا', 'لم', 'لن']);
/** How far back the ability may stand from its أن. */
const REACH = 20;

/** An Arabic trigger right after the أن of an ability said earlier in the sentence ("يمكن لـ…، …، أن يطلب"). */
export function delayedAbility(tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  const that = trigger.first - 1;
  if (!tokens[trigger.first]?.isArabic || that <= sentenceFirst || !THAT.has(tokens[that].norm)) return false;
  for (let k = that - 1; k >= Math.max(sentenceFirst, that - REACH); k--) {
    if (THAT.has(tokens[k].norm)) return false;
    if (ABLE.has(tokens[k].norm)) return !NOT.has(tokens[k - 1]?.norm ?? '');
  }
  return false;
}
