// "قالت وزارة الدفاع إن قياديا قتل في غارة في أفغانستان. وأوضحت أن الغارة وقعت في إقليم باكتيكا": a material
// happening placed only in a whole country took place at the one place inside that country the article names.
// Sharpening never loses a country-level reading (the place still lies in that country); with two or more places
// of the country named, which one is unknown and the country stays. A place that only describes a person ("نائب حاكم
// إقليم باداخشان", "سفيرها في كابول") is his post, not a scene: it neither sharpens the country nor counts as a rival.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { isDescriptor } from './location-cues';

/** How far back a descriptor's title may start ("نائب حاكم إقليم باداخشان"): the article has no clause bound here. */
const TITLE_REACH = 8;

/** The single place (by id) inside the country place's country that the article names, nearest the trigger. */
export function solePlaceInCountry(
  places: Span<PlaceLike>[],
  country: Span<PlaceLike>,
  trigger: number,
  tokens: Token[],
): Span<PlaceLike> | null {
  const cc = country.value.country;
  if (country.value.kind !== 'country' || !cc) return null;
  let best: Span<PlaceLike> | null = null;
  for (const p of places) {
    if (p.value.country !== cc || p.value.kind === 'country') continue;
    if (isDescriptor(tokens, p, Math.max(0, p.first - TITLE_REACH))) continue;
    if (best && best.value.id !== p.value.id) return null;
    if (!best || Math.abs(p.first - trigger) < Math.abs(best.first - trigger)) best = p;
  }
  return best;
}
