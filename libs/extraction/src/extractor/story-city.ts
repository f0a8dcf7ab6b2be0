// Title "الخرطوم توقف زعيم الدواعش", then "وذلك عقب اعتقال منظر التيار الجهادي في السودان": an Arabic material happening
// the text placed at a whole country only for want of a place of its own (a country fallback) happened in the story's
// city of that country when the title or the text before it names exactly one city, town or district there (the
// codebook's "most specific named place"). Two or more named there: which one is unknown, the country stays. Applied to
// emitted events after scoring, like capital-venue.ts: the place gets finer inside the same country, the confidence
// stays what the model gave the country-level reading.
import type { DraftEvent, PlaceLike, Resources } from '../assemble/assemble.types';
import { MATERIAL } from '../assemble/event-classes';

/** Place rules that put an unplaced event in a whole country (attach-place.ts). */
const COUNTRY_FALLBACKS = new Set(['country fallback', 'story country', 'home forces country', 'home state country']);
const LOCAL = new Set<PlaceLike['kind']>(['city', 'town', 'district']);

/** The one local place of the country named in the title or before `before` in the text, or null. */
function soleCity(
  country: string,
  title: PlaceLike[],
  body: { start: number; place: PlaceLike }[],
  before: number,
): PlaceLike | null {
  const named = [...title, ...body.filter((m) => m.start < before).map((m) => m.place)].filter(
    (p) => LOCAL.has(p.kind) && p.country === country,
  );
  return named.length && named.every((p) => p.id === named[0].id) ? named[0] : null;
}

/** Moves each Arabic material event a fallback put in a whole country to the story's one named city of it. */
export function storyCities(
  events: DraftEvent[],
  text: string,
  title: string | undefined,
  language: string,
  resources: Resources,
): void {
  if (language !== 'ar') return;
  const fallen = events.filter(
    (d) =>
      MATERIAL.has(d.type) &&
      d.place?.kind === 'country' &&
      !!d.place.country &&
      COUNTRY_FALLBACKS.has(d.trace.placeRule ?? ''),
  );
  if (!fallen.length) return;
  const body = resources.findPlaces(text, { language }).map((m) => ({ start: m.start, place: m.place }));
  const headline = title ? resources.findPlaces(title, { language }).map((m) => m.place) : [];
  for (const d of fallen) {
    const city = soleCity(d.place!.country!, headline, body, d.evidence.start);
    if (city) d.place = city;
  }
}
