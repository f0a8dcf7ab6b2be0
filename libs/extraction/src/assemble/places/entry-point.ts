// "180 trucks carrying flour entered Gaza through the Kerem Shalom crossing", "22 trucks had crossed into West Darfur
// through Adre": a movement into a territory through a crossing or a town happened at that point, the most specific
// place the sentence names, not across the whole territory it led into. A country after "through" or "via" is a
// route ("flown via Turkey"), not a spot.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const ROUTE = new Set(['through', 'via']);
const SPOT: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district', 'frontline']);

/** The spot named after "through"/"via" later in the clause than the chosen place, or null. */
export function entryPoint(
  tokens: Token[],
  places: Span<PlaceLike>[],
  chosen: Span<PlaceLike>,
  triggerEnd: number,
  clauseEnd: number,
): Span<PlaceLike> | null {
  if (chosen.first < triggerEnd) return null;
  const routed = (p: Span<PlaceLike>) => {
    const k = tokens[p.first - 1]?.norm === 'the' ? p.first - 2 : p.first - 1;
    return ROUTE.has(tokens[k]?.norm ?? '');
  };
  const spot = places.find(
    (p) =>
      p.first > chosen.first &&
      p.end <= clauseEnd &&
      p.value.id !== chosen.value.id &&
      SPOT.has(p.value.kind) &&
      routed(p),
  );
  return spot ?? null;
}
