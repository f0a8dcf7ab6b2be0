// English outcomes told by a participle after a comma: "attacked an army checkpoint in the Tarmiyah district north of
// Baghdad, killing four soldiers", "opened fire at a bar in Irapuato, in the central state of Guanajuato, killing
// seven". The deaths happened where the main clause's act did; the nearest place before the participle is often only
// the landmark or the province locating that act's place (choose-location.ts places the outcome by the main act).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import type { TokenRange } from './own-stretch';

/** The trigger of the main clause's act when the trigger opens a participle adjunct (", killing") with no place of
 * its own after it; null otherwise. */
export function mainActOfOutcome(
  text: string,
  tokens: Token[],
  trigger: TokenRange,
  pool: Span<PlaceLike>[],
  rivals: TokenRange[],
): TokenRange | null {
  const t = tokens[trigger.first];
  const before = tokens[trigger.first - 1];
  if (!t || !before || t.isArabic || !/ing$/i.test(t.surface)) return null;
  if (!text.slice(before.end, t.start).includes(',')) return null;
  if (pool.some((p) => p.first >= trigger.end)) return null;
  const main = rivals.filter((r) => r.end <= trigger.first).sort((a, b) => b.end - a.end)[0];
  return main && pool.some((p) => p.first >= main.end && p.end <= trigger.first) ? main : null;
}
