// "نفت وزارة الداخلية أن تكون قوات الأمن قد اعتقلت متظاهرين", "نفى الجيش أن يكون استهدف منطقة مأهولة": an Arabic verb
// trigger in the "أن يكون / أن تكون" complement of a denial is what the speaker says did not happen (codebook: only
// what the article reports as having happened is an event). The denial itself stays a REJECT event.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet, hasWord } from '../../text/word-sets';

const DENYING = foldedSet(['نفى', 'نفت', 'ونفى', 'ونفت', 'ينفي', 'تنفي', 'نفوا', 'ونفوا', 'أنكر', 'أنكرت', 'ونفي']);
const THAT = foldedSet(['أن', 'بأن']);
const BE = foldedSet(['يكون', 'تكون', 'يكونوا', 'يكونا', 'تكونا']);
/** The act lies within this many words of "أن" (the subject may stand between "تكون" and "قد اعتقلت"). */
const COMPLEMENT_SPAN = 8;
/** The denial verb stands within this many words before "أن" (its subject between them). */
const DENIAL_TO_THAT = 5;

export function deniedArabicAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.voice === 'noun') return false;
  for (let t = trigger.first - 1; t >= Math.max(clauseFirst, trigger.first - COMPLEMENT_SPAN); t--) {
    if (!THAT.has(tokens[t].norm) || !hasWord(tokens[t + 1], BE)) continue;
    for (let k = t - 1; k >= Math.max(clauseFirst, t - DENIAL_TO_THAT); k--)
      if (DENYING.has(tokens[k].norm)) return true;
    return false;
  }
  return false;
}
