// English copy places a town and then its region in apposition: "near Chala, in the Arequipa region", "in Tibu, in
// the Catatumbo region". The region only says where the town lies, so a happening whose nearest place is that
// region took place in the town. The town need not lie near the region's centre the gazetteer holds (whole
// provinces are wide, and a region named after its capital resolves to the capital): the apposition says so. The
// comma may be missing and the country's possessive may precede the region: "in Celaya in Mexico's Guanajuato state".
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);
/** Nouns that make the place before them a first-level area: "the Arequipa region", "Kunar province". */
const AREA_NOUN = /^(?:region|province|state|department|governorate|county)$/;

/**
 * The town a region is written in apposition to, or null: for "near Chala, in the Arequipa region" and the span of
 * "Arequipa", the span of "Chala" (same country, a comma, "in", an optional "the", and an area noun after the region).
 */
export function apposedTown(
  text: string,
  tokens: Token[],
  pool: Span<PlaceLike>[],
  region: Span<PlaceLike>,
): Span<PlaceLike> | null {
  if (!AREA_NOUN.test(tokens[region.end]?.norm ?? '')) return null;
  let k = region.first - 1;
  // "in the city of Celaya in Mexico's Guanajuato state": the country's possessive before the region.
  const owner = tokens[k]?.norm === 's' ? pool.find((p) => p.end === k && p.value.kind === 'country') : undefined;
  if (owner) k = owner.first - 1;
  else if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'in') return null;
  const town = pool.find((p) => p.end === k && SPECIFIC.has(p.value.kind));
  if (!town || town.value.country !== region.value.country || town.value.id === region.value.id) return null;
  if (owner && owner.value.country !== region.value.country) return null;
  // With a comma ("near Chala, in the Arequipa region") or without ("in Celaya in Guanajuato state").
  return /^\s*,?\s*$/.test(text.slice(town.stop, tokens[k].start)) ? town : null;
}
