// English news leads place a happening broadly and the next sentence gives the spot: "an air strike on a village in
// the north of Idlib province killed nine … The jets hit a market in the town of Saraqib". A happening placed only in
// a province, region or country takes the first town inside it named after the trigger, in the rest of its sentence
// or in the sentence after ("Ankara sent aid to Syria … The trucks unloaded in Aleppo"). The Arabic counterpart,
// restatedTown (attach-place.ts), reads "town in province" pairs instead: Arabic copy chains unrelated sentences.
import type { PlaceLike, Span } from './assemble.types';
import { inside } from './location-cues';

const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);
/** Containers a lead may name instead of the spot: "in Sagaing region", "delivered weapons to Somalia". */
const AREA: ReadonlySet<PlaceLike['kind']> = new Set(['admin1', 'region', 'country']);
/** A sentence ends at a full stop, question or exclamation mark followed by white space. */
const SENTENCE_END = /[.!?]\s/g;

/** Character offset where the sentence after the one whose last word ends at `from` ends (or the text's end). */
function nextSentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const own = SENTENCE_END.exec(text);
  if (!own) return text.length;
  const next = SENTENCE_END.exec(text);
  return next ? next.index + 1 : text.length;
}

/** "on the road between Kayes and Bamako near Diéma": the ends of a route (or of a stretch) frame the spot, they are
 * not it. Read on the text just before the town: "between X and" or "between". */
const ROUTE_END =
  /\bbetween\s+(?:(?:the\s+)?(?:towns?|cities|villages)\s+of\s+)?(?:\p{Lu}[\p{L}'-]*\s+){0,3}(?:and\s+)?$/u;
const ROUTE_REACH = 60;

function isRouteEnd(text: string, p: Span<PlaceLike>): boolean {
  return ROUTE_END.test(text.slice(Math.max(0, p.start - ROUTE_REACH), p.start));
}

/** The first town inside `area` named after the trigger up to the end of the next sentence, or null. Places the
 * caller rules out (a ", as" clause's, contrast-clause.ts) are skipped. */
export function elaboratedTown(
  text: string,
  places: Span<PlaceLike>[],
  area: Span<PlaceLike>,
  triggerEnd: number,
  sentenceStop: number,
  skip: (p: Span<PlaceLike>) => boolean = () => false,
): Span<PlaceLike> | null {
  if (!AREA.has(area.value.kind)) return null;
  const limit = nextSentenceEnd(text, sentenceStop);
  const towns = places
    .filter((p) => p.first >= triggerEnd && p.stop <= limit && SPECIFIC.has(p.value.kind))
    .filter((p) => inside(p.value, area.value) && !isRouteEnd(text, p) && !skip(p))
    .sort((a, b) => a.first - b.first);
  return towns[0] ?? null;
}
