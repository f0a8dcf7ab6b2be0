// The countries an article's places lie in, as fallback places for events whose own text names none: the country
// the article names most (articleCountry), any country at an anchor's span (countryAt), and the country most of its
// places lie in, named or not as a country itself (storyCountry).
import type { PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';

/** The span a fallback country is reported at: the actor's or the trigger's. */
export type Anchor = { first: number; end: number; start: number; stop: number; surface?: string };

/** The country most of the places lie in (by count of mentions), or undefined. */
function topCountry(places: Span<PlaceLike>[]): string | undefined {
  const tally = new Map<string, number>();
  for (const p of places) if (p.value.country) tally.set(p.value.country, (tally.get(p.value.country) ?? 0) + 1);
  return [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The country-level place the article is about, used only when a material event names no place at all. */
export function articleCountry(places: Span<PlaceLike>[], country: string | null): Span<PlaceLike> | null {
  const countries = places.filter((p) => p.value.kind === 'country');
  const wanted = country || topCountry(places);
  return countries.find((p) => p.value.country === wanted) ?? null;
}

/** A country as a place at the anchor's span. */
export function countryAt(
  article: ArticleContext,
  country: string | null | undefined,
  anchor: Anchor,
): Span<PlaceLike> | null {
  const value = country ? article.countryPlace(country) : null;
  if (!value) return null;
  const { first, end, start, stop } = anchor;
  return { first, end, start, stop, surface: anchor.surface ?? value.name, value };
}

/** The country most of the article's places lie in, as a place (named or not as a country itself). */
export function storyCountry(article: ArticleContext, anchor: Anchor): Span<PlaceLike> | null {
  return countryAt(article, topCountry(article.places), anchor);
}
