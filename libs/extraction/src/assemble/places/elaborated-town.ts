// English news leads place a happening broadly and the next sentence gives the spot: "an air strike on a village in
// the north of Idlib province killed nine … The jets hit a market in the town of Saraqib". A happening placed only in
// a province, region or country takes the first town inside it named after the trigger, in the rest of its sentence
// or in the sentence after ("Ankara sent aid to Syria … The trucks unloaded in Aleppo"). The Arabic counterpart,
// restatedTown (restated-town.ts), reads "town in province" pairs instead: Arabic copy chains unrelated sentences.
// A province the gazetteer only knows by its chief town ("in the Arauca department", "the province of Sumy") is
// still the province when the text says so: it yields like one ("… near the town of Tame").
import type { PlaceLike, Span } from '../assemble.types';
import { inside } from './location-cues';
import { possessiveArea } from './possessive-area';

const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);
/** Containers a lead may name instead of the spot: "in Sagaing region", "delivered weapons to Somalia". */
const AREA: ReadonlySet<PlaceLike['kind']> = new Set(['admin1', 'region', 'country']);
/** A province noun right after a name or "province of" right before it: the name is the province, not its town. */
const PROVINCE_AFTER = /^\s+(?:department|province|state|region|governorate|oblast)\b/i;
const PROVINCE_BEFORE = /\b(?:department|province|state|region|governorate|oblast)\s+of\s+$/i;
const NOUN_REACH = 20;
const SETTLEMENT_BEFORE = /\b(?:town|village|city|municipality|district)\s+of\s+$/i;

/** A city or town named as its province ("Arauca department", "the department of Arauca"). */
function namedAsProvince(text: string, p: Span<PlaceLike>): boolean {
  if (!SPECIFIC.has(p.value.kind)) return false;
  const after = text.slice(p.stop, p.stop + NOUN_REACH);
  const before = text.slice(Math.max(0, p.start - NOUN_REACH), p.start);
  return PROVINCE_AFTER.test(after) || PROVINCE_BEFORE.test(before);
}

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
  const byTown = !AREA.has(area.value.kind);
  if (byTown && !namedAsProvince(text, area)) return null;
  // A province read from its chief town is bounded by its first-level division, not by distance from the town.
  // Its town must be written as a settlement ("the town of Tame"): a bare name may be the province's chief town again.
  const within = (p: Span<PlaceLike>) =>
    byTown
      ? !!p.value.admin1 &&
        p.value.admin1 === area.value.admin1 &&
        SETTLEMENT_BEFORE.test(text.slice(Math.max(0, p.start - NOUN_REACH), p.start))
      : inside(p.value, area.value);
  const limit = nextSentenceEnd(text, sentenceStop);
  const towns = places
    .filter((p) => p.first >= triggerEnd && p.stop <= limit && SPECIFIC.has(p.value.kind))
    .filter((p) => p.value.id !== area.value.id && within(p) && !isRouteEnd(text, p) && !possessiveArea(text, p))
    .filter((p) => !skip(p))
    .sort((a, b) => a.first - b.first);
  return towns[0] ?? null;
}
