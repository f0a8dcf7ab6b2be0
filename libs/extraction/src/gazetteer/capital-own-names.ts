// A national capital's own name belongs to that capital: GeoNames also lists it as an alternate (often former) name
// of other places (Islamabad for Chittagong, Abuja for Suleja, Asmara for Smara), and such a namesake, larger or
// not, would otherwise win the population contest. Applied once when the store is built.
import { normalizeKey } from '@marsad/contracts';
import type { Place } from './place.types';

interface Candidate {
  place: Place;
}

function ownName(c: Candidate, key: string): boolean {
  return normalizeKey(c.place.name) === key || (!!c.place.nameAr && normalizeKey(c.place.nameAr) === key);
}

/** The key's candidates without the non-capital places that bear it only as an alternate name, when a national
 * capital bears it as its own name; the list itself when nothing is dropped. */
export function capitalOwnName<C extends Candidate>(key: string, list: C[], capitals: Set<string>): C[] {
  const capital = list.some((c) => c.place.kind !== 'country' && capitals.has(c.place.id) && ownName(c, key));
  if (!capital) return list;
  const kept = list.filter((c) => c.place.kind === 'country' || capitals.has(c.place.id) || ownName(c, key));
  return kept.length === list.length ? list : kept;
}
