// "زيارة أوباما لكينيا", "the minister arrived in Jordan for talks": a visit or talks placed at a whole country are
// hosted in its capital when the article names that capital (a state dinner in Nairobi, talks in Amman). Applied to
// emitted events after scoring: the place gets finer, the confidence stays what the model gave the reading.
import type { DraftEvent, Resources } from '../assemble/assemble.types';
import { distanceKm } from '../assemble/places/distance-km';
import { capitalOf } from '../gazetteer/gazetteer-store';

const HOSTED = new Set(['CONSULT']);
/** The scorer's city radius: a named place this close to the capital's point is the capital under another entry. */
const SAME_CITY_KM = 25;

/** Moves each country-level visit or meeting to its country's capital when the article names it. The capital may be
 * named under another gazetteer entry than the country's own capital record ("واشنطن" is the curated Washington,
 * D.C., the country's capital is GeoNames' Washington): any named city of the country at the capital's point is it. */
export function capitalVenues(events: DraftEvent[], text: string, language: string, resources: Resources): void {
  const hosted = events.filter((d) => HOSTED.has(d.type) && !d.negated && d.place?.kind === 'country');
  if (!hosted.length) return;
  const named = resources.findPlaces(text, { language }).map((m) => m.place);
  for (const d of hosted) {
    const capital = d.place?.country ? capitalOf(d.place.country) : null;
    if (!capital) continue;
    if (named.some((p) => p.id === capital.id)) d.place = capital;
    else {
      const same = named.find(
        (p) => p.kind !== 'country' && p.country === capital.country && distanceKm(p, capital) <= SAME_CITY_KM,
      );
      if (same) d.place = same;
    }
  }
}
