// A province-level place sharpened to the one town the article later names together with it (anchored-places.ts).
import type { PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { placesRestatedIn, qualifiesUnknownSpot } from './anchored-places';

const restatedCache = new WeakMap<ArticleContext, Map<string, Span<PlaceLike>[]>>();

/** "أصيب 18 مجنداً إثر انفجار عبوة ناسفة بشمال سيناء" … later "على طريق العريش الساحلي بشمال سيناء": a happening
 * placed only in a province or region takes the one town the article later names together with that province
 * (not when the province qualifies a spot the gazetteer lacks, or only says where a source is). */
export function restatedTown(
  article: ArticleContext,
  place: Span<PlaceLike>,
  after: number,
  lowest: number,
): Span<PlaceLike> | null {
  if (place.value.kind !== 'admin1' && place.value.kind !== 'region') return null;
  if (qualifiesUnknownSpot(article.tokens, place, lowest)) return null;
  let restated = restatedCache.get(article);
  if (!restated) {
    restated = placesRestatedIn(article.tokens, article.places);
    restatedCache.set(article, restated);
  }
  const towns = (restated.get(place.value.id) ?? []).filter((s) => s.first >= after);
  if (!towns.length || towns.some((s) => s.value.id !== towns[0].value.id)) return null;
  return towns[0];
}
