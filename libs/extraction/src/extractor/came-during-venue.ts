// "ناقش أمير منطقة مكة المكرمة الخطط … . جاء ذلك خلال الاجتماع الشهري للقيادات الأمنية الذي ترأسه في مكتبه بجدة": the
// Arabic follow-up sentence "جاء ذلك خلال/لدى/أثناء …" ("this came during …") tells the occasion of the happening just
// told, and a town it names is where that meeting or deal was held. Applied to emitted events after scoring, like
// capital-venue.ts: only a meeting or deal with no place, or a fallback country the town lies in, is placed.
import type { DraftEvent, PlaceLike, Resources } from '../assemble/assemble.types';

const HOSTED = new Set(['CONSULT', 'AGREE']);
const FALLBACKS = new Set(['dateline fallback', 'country fallback', 'story country']);
const LOCAL = new Set<PlaceLike['kind']>(['city', 'town', 'district']);
/** The next sentence opens "(و)جاء ذلك خلال|لدى|أثناء|اثناء" (not "في بيان", "بعد", "عقب": a statement or a cause). */
const CAME_DURING = /^[\s.،]*(?:و(?:قد\s+)?)?جاء\s+ذلك\s+(?:خلال|لدى|أثناء|اثناء)\s/u;
/** The sentence ends at a full stop, question mark or line break. */
const SENTENCE_END = /[.!?؟\n]/u;

/** The one town the "جاء ذلك خلال" sentence right after `end` names, or null. */
function occasionTown(text: string, end: number, mentions: { start: number; place: PlaceLike }[]): PlaceLike | null {
  const rest = text.slice(end);
  const opener = CAME_DURING.exec(rest);
  if (!opener) return null;
  const from = end + opener[0].length;
  const stop = text.slice(from).search(SENTENCE_END);
  const to = stop < 0 ? text.length : from + stop;
  const towns = mentions.filter((m) => m.start >= from && m.start < to && LOCAL.has(m.place.kind)).map((m) => m.place);
  return towns.length && towns.every((p) => p.id === towns[0].id) ? towns[0] : null;
}

/** Places each unplaced (or fallback-country) meeting or deal at the town of the "جاء ذلك خلال" sentence after it. */
export function cameDuringVenues(events: DraftEvent[], text: string, language: string, resources: Resources): void {
  if (language !== 'ar') return;
  const open = events.filter(
    (d) => HOSTED.has(d.type) && !d.negated && (!d.place || FALLBACKS.has(d.trace.placeRule ?? '')),
  );
  if (!open.length) return;
  const mentions = resources.findPlaces(text, { language }).map((m) => ({ start: m.start, place: m.place }));
  for (const d of open) {
    const town = occasionTown(text, d.evidence.end, mentions);
    if (!town) continue;
    if (d.place && (d.place.kind !== 'country' || d.place.country !== town.country)) continue;
    d.place = town;
  }
}
