// "ترد على مصدر القذائف داخل عمق محافظة صعدة اليمنية، خاصة مواقع الطلح ومران": a town named right after a province
// of its own country, yet lying far outside that province, is a namesake the gazetteer placed elsewhere (a الطلح of
// Shabwa, 400 km away); the province the text named is the scene.
import type { PlaceLike, Span } from '../assemble.types';
import { inside } from './location-cues';

const SPOT: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district', 'frontline']);
/** Tokens between the province and the town for the town to be read as one of its places. */
const NEAR_TOKENS = 10;

/** The province named just before `chosen` in `pool` when `chosen` is a spot of that country lying outside it. */
export function provinceOfNamesake(pool: Span<PlaceLike>[], chosen: Span<PlaceLike>): Span<PlaceLike> | null {
  if (!SPOT.has(chosen.value.kind) || !chosen.value.country) return null;
  const province = pool.find(
    (p) =>
      p.value.kind === 'admin1' &&
      p.value.country === chosen.value.country &&
      p.end <= chosen.first &&
      chosen.first - p.end <= NEAR_TOKENS,
  );
  return province && !inside(chosen.value, province.value) ? province : null;
}
