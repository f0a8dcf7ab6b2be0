// "قتل في غارة جوية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا": a material happening its clause places only in
// a country takes the town of that country a later clause of the same sentence names (choose-location.ts passes the
// places of the trigger's own stretch only, so a rival happening's town is never offered).
import type { PlaceLike, Span } from '../assemble.types';

const TOWN_KINDS: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);

/** The first town of the chosen country among the sentence's later places, or null when the choice is no country. */
export function townOfCountry(chosen: Span<PlaceLike>, later: Span<PlaceLike>[]): Span<PlaceLike> | null {
  if (chosen.value.kind !== 'country' || !chosen.value.country) return null;
  let best: Span<PlaceLike> | null = null;
  for (const p of later)
    if (TOWN_KINDS.has(p.value.kind) && p.value.country === chosen.value.country && (!best || p.first < best.first))
      best = p;
  return best;
}
