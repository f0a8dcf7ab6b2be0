// "أن 25 شخصا، معظمهم من المدنيين، قتلوا", "ثلاثة جنود، بينهم ضابط، استشهدوا": an Arabic aside on the counted
// subject, set off by punctuation, between the figure and the casualty verb that follows it. The aside only says who
// the dead were; the figure before it is the toll. Without this the aside pushes the figure out of reach.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { has } from './count-parts';
import { set, SUBSET } from './count-words.data';

/** Words that open an aside on the dead: subsets ("بينهم") and shares of them ("معظمهم", "غالبيتهم"). */
const SHARE = set(['معظمهم', 'أغلبهم', 'غالبيتهم', 'جلهم', 'أكثرهم', 'جميعهم', 'كلهم', 'معظمهن', 'أغلبهن']);
/** At most this many words from the aside's opener to the casualty word. */
const ASIDE_REACH = 6;
/** At most this many words (the counted noun, "على الأقل") between the figure and the aside. */
const NOUN_WORDS = 3;

const punctuatedBefore = (tokens: Token[], j: number) => j > 0 && tokens[j].start - tokens[j - 1].end > 1;

/** The figure counting the Arabic casualty word at k across an aside on its subject, or null. */
export function arabicBeforeAside(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  k: number,
  from: number,
): NumberMention | null {
  // The aside closes with punctuation right before the casualty word.
  if (!tokens[k].isArabic || !punctuatedBefore(tokens, k)) return null;
  for (let i = k - 1; i >= Math.max(from, k - ASIDE_REACH); i--) {
    if (!has(tokens[i], SUBSET) && !has(tokens[i], SHARE)) continue;
    // "، من بينهم": the aside opens on من.
    const s = tokens[i - 1]?.norm === 'من' && i - 1 >= from ? i - 1 : i;
    if (!punctuatedBefore(tokens, s)) return null;
    return numbers.find((n) => !taken.has(n) && n.first >= from && n.end <= s && s - n.end <= NOUN_WORDS - 1) ?? null;
  }
  return null;
}
