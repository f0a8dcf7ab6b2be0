// A clause that states its toll twice ("قتل 18 شخصا ... وقال مدير المرصد: «... ما تسبب بمقتل 18 شخصا»", "killing
// 18 people ... the attack killed 18 people"): the second statement repeats the first and must not add to it.
import type { Token } from '../../text/tokenize';

/** How far apart two statements of one toll stand at least: a casualty word, its figure and noun ("وقتل 57 مدنيا"
 * right after "مقتل 57 مدنيا في قصف") already restate it; closer, the same figure and noun is one list. */
const RESTATE_GAP = 3;

/** The figure and noun right after a casualty word ("18 شخصا"), or null when no figure follows it. */
function figureAfter(tokens: Token[], k: number, to: number): string | null {
  if (k + 2 >= to || !tokens[k + 1].isNumber) return null;
  return `${tokens[k + 1].norm} ${tokens[k + 2].norm}`;
}

/** "قتل 18 شخصا ... بمقتل 18 شخصا": the casualty word at k repeats the figure and noun of an earlier casualty word
 * of the same kind in the clause, well apart from it, so it restates that toll rather than adding a group. */
export function restatesEarlier(
  tokens: Token[],
  k: number,
  earlier: { at: number; kind: string }[],
  kind: string,
  to: number,
): boolean {
  const own = figureAfter(tokens, k, to);
  if (!own) return false;
  return earlier.some((c) => c.kind === kind && k - c.at > RESTATE_GAP && figureAfter(tokens, c.at, to) === own);
}
