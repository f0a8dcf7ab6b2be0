// "بلدة الكرك الشرقي بريف درعا": a town the text places inside an area of another country ("بريف X", "في محافظة X")
// is a homonym the gazetteer does not hold (Karak in Jordan is not in Daraa's countryside): the town is dropped and
// the area stays, rather than putting the event in the wrong country.
import type { PlaceMention } from './place.types';

const TOWN_KINDS = new Set(['city', 'town']);
/** From the town's end to the area's end: a nisba that is part of the town's name ("الكرك الشرقي"), an optional
 * comma, ب or في, then an area noun ("بريف درعا"). */
/** At most this many characters between the town and the area mention (a nisba, a comma, ب and an area noun). */
const AREA_GAP = 24;
const INSIDE_AREA = /^\s*(?:ال\S+ي\s+)?،?\s*(?:[وف]?في\s+|ب)(?:ريف|محافظة|محافظه|ولاية|ولايه|منطقة|منطقه)\s/u;

/** The mentions without towns that the next mention places inside an area of another country. */
export function dropContainedHomonyms(text: string, mentions: PlaceMention[]): PlaceMention[] {
  return mentions.filter((m, k) => {
    const area = mentions[k + 1];
    if (!area || !TOWN_KINDS.has(m.place.kind) || TOWN_KINDS.has(area.place.kind)) return true;
    if (!area.place.country || !m.place.country || area.place.country === m.place.country) return true;
    // The area follows the town's area noun ("بلدة الكرك بريف درعا"), not some sentences later: in "ريتشموند
    // بولاية كاليفورنيا ... من نيكاراغوا" the noun opens the state's name and Nicaragua is another matter.
    if (area.start - m.end > AREA_GAP) return true;
    return !INSIDE_AREA.test(text.slice(m.end, area.end));
  });
}
