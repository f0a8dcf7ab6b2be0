// Two English toll phrases whose figure sits away from the casualty word or looks like a group's own figure:
// "The death toll from a Russian missile strike on an apartment block in the Ukrainian city of Dnipro rose to 40"
// names the happening it counts between the toll noun and the verb of rising, often in a dozen words and more;
// "the commission later put the number of dead at 45" restates the happening's toll, it adds no other group.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { has } from './count-parts';
import { EN_RISE } from './count-words.data';

/** Prepositions opening the happening a toll counts: "the toll from the blast", "the toll of Monday's attack". */
const TOLL_OF = new Set(['from', 'of', 'in']);
/** Forecasts and fears are no toll: "the toll from the floods could rise to 100". */
const HEDGE = new Set(['could', 'may', 'might', 'would', 'expected', 'likely', 'feared', 'fear', 'fears']);
/** How far the verb of rising may follow the toll noun. */
const FAR = 32;

const punctuatedAt = (tokens: Token[], j: number) => j > 0 && tokens[j].start - tokens[j - 1].end > 1;

/** "The death toll from <the happening> rose to 40": the figure after the first verb of rising past the toll noun
 * at k (or after "death" at k), read across plain words only — no punctuation, figure, hedge or other casualty word
 * between them. */
export function tollRisenFar(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  k: number,
  to: number,
  isCue: (j: number) => boolean,
): NumberMention | null {
  if (tokens[k].isArabic) return null;
  const noun = tokens[k].norm === 'toll' ? k : tokens[k + 1]?.norm === 'toll' ? k + 1 : -1;
  if (noun < 0 || !TOLL_OF.has(tokens[noun + 1]?.norm ?? '')) return null;
  for (let j = noun + 1; j < Math.min(to, noun + FAR); j++) {
    const t = tokens[j];
    if (punctuatedAt(tokens, j) || t.isNumber || HEDGE.has(t.norm) || isCue(j)) return null;
    if (!has(t, EN_RISE)) continue;
    if (tokens[j + 1]?.norm !== 'to') return null;
    return numbers.find((n) => n.first === j + 2 && !taken.has(n)) ?? null;
  }
  return null;
}

/** "put the number of dead at 45", "the number of people killed": the casualty word counted by "the number of" is
 * the happening's running toll, not one more group of its dead. */
export function numberOfTheDead(tokens: Token[], k: number): boolean {
  if (tokens[k].isArabic) return false;
  // "the number of dead", or "the number of people killed".
  for (const at of [k - 1, k - 2]) {
    if (tokens[at]?.norm !== 'of' || tokens[at - 1]?.norm !== 'number') continue;
    return at === k - 1 || tokens[k - 1].norm === 'people';
  }
  return false;
}
