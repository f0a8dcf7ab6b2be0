// Province (admin1) codes for curated places that lack one. GeoNames gives every populated place its province code,
// but curated provinces, towns and quarters without a GeoNames id had none, so "a town inside that province" could
// only be read as "within 150 km of the province's centroid" (location-cues.ts): al-Harariyat near Karma lies 180 km
// from the centroid of vast Anbar. A curated spot takes the code of the nearest GeoNames place of its country, a
// curated province that of the nearest province seat (PPLA) or capital (PPLC) of its country.
import type { PlaceKind } from './place.types';

/** What the fill reads of a GeoNames place. */
export interface CodedPoint {
  country: string;
  admin1: string;
  lat: number;
  lon: number;
}

/** What the fill reads of a curated place. */
export interface UncodedPlace {
  country: string | null;
  kind: PlaceKind;
  lat: number;
  lon: number;
}

const SPOTS: ReadonlySet<PlaceKind> = new Set(['city', 'town', 'district', 'frontline']);
/** A spot takes the code of a GeoNames place at most this far away (km)… */
const SPOT_KM = 25;
/** …a province that of the nearest province seat or capital of its country at most this far from its centroid. */
const SEAT_KM = 200;

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }): number => {
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  return 6371 * Math.sqrt(dLat * dLat + dLon * dLon);
};

/** Coded points grouped by country. */
export function codedByCountry(points: Iterable<CodedPoint>): Map<string, CodedPoint[]> {
  const out = new Map<string, CodedPoint[]>();
  for (const p of points) {
    if (!p.admin1) continue;
    const list = out.get(p.country);
    if (list) list.push(p);
    else out.set(p.country, [p]);
  }
  return out;
}

function nearest(place: UncodedPlace, pool: CodedPoint[] | undefined, limit: number): CodedPoint | null {
  let best: CodedPoint | null = null;
  let bestKm = limit;
  for (const p of pool ?? []) {
    const d = km(place, p);
    if (d <= bestKm) {
      best = p;
      bestKm = d;
    }
  }
  return best;
}

/** The province code of a curated place lacking one: a spot's from the nearest GeoNames place of its country
 * (`places`), a province's from the nearest seat of a province or capital of its country (`seats`); null when none
 * is near enough. Regions and countries get none. */
export function curatedAdmin1(
  place: UncodedPlace,
  places: Map<string, CodedPoint[]>,
  seats: Map<string, CodedPoint[]>,
): string | null {
  if (!place.country) return null;
  if (SPOTS.has(place.kind)) return nearest(place, places.get(place.country), SPOT_KM)?.admin1 ?? null;
  if (place.kind === 'admin1') return nearest(place, seats.get(place.country), SEAT_KM)?.admin1 ?? null;
  return null;
}
