// English "in Sagaing's Myinmu township", "Amhara's North Gondar zone", "Lebanon's Tyre district": a place name in the
// possessive before another name is the area that holds the spot, not the spot (here often a region the gazetteer
// knows only by its chief town: "Sagaing" reads as the town). The spot is the name after it.
import type { PlaceLike, Span } from '../assemble.types';

/** "'s" (or "’s") and a capitalised word right after the name. */
const POSSESSIVE_BEFORE_NAME = /^['\u2019]s\s+\p{Lu}/u;

/** The place is written in the possessive before another name ("Sagaing's Myinmu"). */
export function possessiveArea(text: string, p: Span<PlaceLike>): boolean {
  return POSSESSIVE_BEFORE_NAME.test(text.slice(p.stop, p.stop + 6));
}

/** For a chosen place in the possessive, the place of the same country named right after it, or null. */
export function possessedPlace(text: string, pool: Span<PlaceLike>[], p: Span<PlaceLike>): Span<PlaceLike> | null {
  if (!possessiveArea(text, p)) return null;
  const after = text.slice(p.stop).match(/^['\u2019]s\s+/u)?.[0].length ?? 0;
  const spot = pool.find((q) => q.start === p.stop + after && q.value.id !== p.value.id);
  return spot && spot.value.country === p.value.country && spot.value.kind !== 'country' ? spot : null;
}
