// "ترد على مصدر القذائف داخل عمق محافظة صعدة اليمنية، خاصة مواقع الطلح ومران": a town named right after a province
// of its own country, yet lying far outside that province, is a namesake the gazetteer placed elsewhere (a الطلح of
// Shabwa, 400 km away); the province the text named is the scene.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { inProvince } from './location-cues';

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
  return province && !inProvince(chosen.value, province.value) ? province : null;
}

/** Tokens between a town and the region after it ("Merawi, a town in the Amhara region") for the region to place it. */
const AFTER_TOKENS = 8;

/** "Merawi, a town in Ethiopia's Amhara region": a spot the gazetteer placed in one country, followed at once by a
 * region of another country that "in" introduces, with no other place between, is a namesake (Sudan's Merowe); the
 * region the text named is the scene. A lower-case "eastern province" is a description, not the region's name. */
export function regionAfterForeignNamesake(
  tokens: Token[],
  pool: Span<PlaceLike>[],
  chosen: Span<PlaceLike>,
): Span<PlaceLike> | null {
  if (!SPOT.has(chosen.value.kind) || !chosen.value.country || tokens[chosen.first]?.isArabic) return null;
  const region = pool.find(
    (p) =>
      p.value.kind === 'admin1' &&
      !!p.value.country &&
      p.value.country !== chosen.value.country &&
      p.first >= chosen.end &&
      p.first - chosen.end <= AFTER_TOKENS &&
      /^\p{Lu}/u.test(p.surface),
  );
  if (!region) return null;
  const between = tokens.slice(chosen.end, region.first);
  if (!between.some((t) => t.norm === 'in')) return null;
  const crowded = pool.some((p) => p !== region && p.first >= chosen.end && p.end <= region.first);
  return crowded ? null : region;
}
