// The venue and city rules applied after scoring (capital-venue.ts, came-during-venue.ts, story-city.ts) each read
// the places named in the whole article; for one article they share one reading instead of running the place finder
// over the same text up to three times.
import type { PlaceMentionLike, Resources } from '../assemble/assemble.types';

/** `resources` whose findPlaces answers each (text, language) once: made per article, dropped with it. */
export function rememberingPlaces(resources: Resources): Resources {
  const seen = new Map<string, PlaceMentionLike[]>();
  return {
    ...resources,
    findPlaces: (text, opts) => {
      const key = `${opts?.language ?? ''}\u0000${text}`;
      let found = seen.get(key);
      if (!found) seen.set(key, (found = resources.findPlaces(text, opts)));
      return found;
    },
  };
}
