// The Latin-skeleton index of the gazetteer's places (arabic-skeleton.ts): per country, the consonant skeleton of
// every Latin name (GeoNames main, ASCII and Latin alternates, curated English names) → the places so named. Built
// once per store, at load time (loadGazetteer), from the store's own keys, so it holds exactly the places the store
// holds; an Arabic word after a trigger noun that the store does not know is looked up here (skeleton-places.ts).
import { consonantCount, consonantsOf, latinSkeletons } from './arabic-skeleton';
import type { GazetteerStore } from './gazetteer-store';
import type { Place } from './place.types';

/** Skeletons shorter than this (consonants) are not indexed: two consonants name dozens of villages per country. */
export const MIN_CONSONANTS = 3;
const ARABIC_LETTER = /[\u0600-\u06FF]/;
/** Countries whose Latin alternates the build keeps (DEEP and CONFLICT of scripts/build-gazetteer.mjs, which
 * skeleton-index.spec.ts reads to keep the two lists equal): elsewhere only English names are stored, and an Arabic
 * spelling met there is a large place's (كاليفورنيا) or a collision. Only their places are indexed. */
export const SPELLED_COUNTRIES = new Set([
  ...'SY IQ YE LY LB PS IL JO EG SA TR IR AF SO SD SS TN DZ MA ML NG KW BH QA AE OM'.split(' '),
  ...'PK ET ER BF NE TD CM CF CD MZ MM UA CO HT VE MX PH BD KE UG BI RW IN'.split(' '),
]);

/** One Latin name's place and marked skeleton (vowels kept, for fits). */
export interface SkeletonEntry {
  place: Place;
  marked: string;
  curated: boolean;
  /** The skeleton is of the place's own (ASCII) name, not of one of its alternates. */
  main: boolean;
}
/** Country code → consonant skeleton → the places of that country with a Latin name of that skeleton. */
export type SkeletonIndex = Map<string, Map<string, SkeletonEntry[]>>;

const indexes = new WeakMap<GazetteerStore, SkeletonIndex>();

function build(store: GazetteerStore): SkeletonIndex {
  const index: SkeletonIndex = new Map();
  for (const [key, candidates] of store.byKey) {
    if (ARABIC_LETTER.test(key)) continue;
    let readings: string[] | null = null;
    for (const c of candidates) {
      const { place } = c;
      if (place.kind === 'country' || !place.country || !SPELLED_COUNTRIES.has(place.country)) continue;
      readings ??= latinSkeletons(key);
      let own = index.get(place.country);
      if (!own) index.set(place.country, (own = new Map()));
      for (const marked of readings) {
        const skeleton = consonantsOf(marked);
        if (consonantCount(skeleton) < MIN_CONSONANTS) continue;
        const list = own.get(skeleton);
        const entry = { place, marked, curated: c.curated, main: place.name.toLowerCase() === key };
        if (!list) own.set(skeleton, [entry]);
        else if (!list.some((e) => e.place.id === place.id && e.marked === marked)) list.push(entry);
      }
    }
  }
  return index;
}

/** The store's skeleton index, built on first use (loadGazetteer builds it at start-up). */
export function skeletonIndex(store: GazetteerStore): SkeletonIndex {
  let index = indexes.get(store);
  if (!index) indexes.set(store, (index = build(store)));
  return index;
}

/** Latin names of places of country `cc` with these consonants. */
export function placesBySkeleton(store: GazetteerStore, cc: string, consonants: string): readonly SkeletonEntry[] {
  return skeletonIndex(store).get(cc)?.get(consonants) ?? [];
}
