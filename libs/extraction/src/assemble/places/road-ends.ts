// "blocked the Gusau-Sokoto highway", "ended their blockade of the Dhaka-Mymensingh highway": the towns a road is
// named for are its two ends, often a day's drive apart; a blockade holds a stretch of the road, at neither town.
// Only a blocked road: "was abducted on the Damascus-Sweida highway" still tells the story's town.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const ROADS = new Set('highway highways road roads motorway expressway railway railroad route'.split(' '));
const BLOCKING = new Set(
  'block blocks blocked blocking blockade blockades blockaded barricade barricaded barricading'.split(' '),
);
const CAPITALISED = /^\p{Lu}/u;
/** Words that may stand between the blocking word and the road name: "blockade of the", "blocked the main". */
const MAX_GAP = 3;

function blockedBefore(tokens: Token[], nameFirst: number): boolean {
  for (let k = nameFirst - 1; k >= Math.max(0, nameFirst - 1 - MAX_GAP); k--)
    if (BLOCKING.has(tokens[k].norm)) return true;
  return false;
}

/** The place is one end of a blocked road named "A-B highway". */
export function isBlockedRoadEnd(text: string, tokens: Token[], p: Span<PlaceLike>): boolean {
  const first = tokens[p.first];
  const last = tokens[p.end - 1];
  if (!first || first.isArabic) return false;
  const capitalised = (t: Token | undefined) => !!t && CAPITALISED.test(text.slice(t.start, t.end));
  const before = tokens[p.first - 1];
  // The second end: "Gusau-[Sokoto] highway".
  if (capitalised(before) && text.slice(before.end, first.start) === '-' && ROADS.has(tokens[p.end]?.norm ?? ''))
    return blockedBefore(tokens, p.first - 1);
  // The first end: "[Gusau]-Sokoto highway".
  const next = tokens[p.end];
  if (capitalised(next) && text.slice(last.end, next.start) === '-' && ROADS.has(tokens[p.end + 1]?.norm ?? ''))
    return blockedBefore(tokens, p.first);
  return false;
}
