// What an article's title names, for the confidence model (features.ts): a candidate whose kind of happening, place or
// actor the headline also names is most likely the story's news, not an aside ("الداخلية المصرية: ضبط 44 عنصرا" over
// a lead that tells the arrests in a long run-on sentence). Read once per article.
import type { DraftEvent, Resources } from '../assemble/assemble.types';
import { matchTriggers } from '../patterns/match-triggers';
import { triggerIndex } from '../patterns/lexicon';
import { tokenize } from '../text/tokenize';

export interface TitleReading {
  /** Event types whose triggers the title holds. */
  types: Set<string>;
  places: { id: string; country: string | null }[];
  actors: Set<string>;
}

/** The title's triggers, places and actors; null without a title or for a language without rules. */
export function readTitle(title: string | undefined, language: string, resources: Resources): TitleReading | null {
  const index = triggerIndex(language);
  if (!title?.trim() || !index) return null;
  const types = new Set<string>(matchTriggers(tokenize(title), index).map((m) => m.spec.type));
  const places = resources.findPlaces(title, { language }).map((m) => ({ id: m.place.id, country: m.place.country }));
  const actors = new Set(resources.findActors(title, { language }).map((m) => m.actor.id));
  return { types, places, actors };
}

/** How the candidate stands to the title: its type, its place (or only that place's country), its actor named there. */
export function titleCues(d: DraftEvent, title: TitleReading) {
  return {
    type: title.types.has(d.type),
    place: !!d.place && title.places.some((p) => p.id === d.place!.id),
    country: !!d.place?.country && title.places.some((p) => p.country === d.place!.country),
    actor: !!d.actor && title.actors.has(d.actor.id),
  };
}
