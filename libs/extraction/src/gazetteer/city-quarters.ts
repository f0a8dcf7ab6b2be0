// "طائرات التحالف اصابت مستودعا … في الرباط عند المدخل الشمالي للمدينة": a name the text itself places in a part of
// "the city" is a quarter of the city the text was just telling of (Aden). The gazetteer holds few quarters, so it
// reads such a name as a namesake town far away (الرباط as Marbat, 170 km from Aden); the quarter is placed at its
// city instead. A real town near the city ("بلدة X جنوب المدينة", 20 km out) stays itself. English copy names the
// quarter by its noun ("the al-Rawdah neighbourhood" of Taiz, not Ar Rawdah 200 km north).
import type { PlaceMention } from './place.types';

/** Words between the name and "المدينة" that make it a part of the city: "عند المدخل الشمالي للمدينة", "شمال
 * المدينة", "في وسط المدينة", "على أطراف المدينة". */
const PART =
  '(?:عند|في|على|قرب|من|ب?المدخل|مدخل|الجزء|أطراف|اطراف|ب?وسط|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|الشمالي|الجنوبي|الشرقي|الغربي)';
const CITY_PART_AFTER = new RegExp(`^[\\s،,]*(?:${PART}\\s+){1,3}(?:لل|ال)مدينة(?![\\p{L}])`, 'u');
/** How far after the name the phrase may reach. */
const PHRASE_REACH = 48;
/** Farther than this from the city, a town of the quarter's name is a namesake, not the quarter. */
const QUARTER_KM = 50;

/** Rough kilometres between two points (equirectangular): enough to tell a suburb from a town 170 km away. */
function roughKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLon = (a.lon - b.lon) * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(a.lat - b.lat, dLon) * 111;
}

/** English names a quarter by its noun: "the shells landed in the al-Rawdah neighbourhood" (Taiz), "gunmen exchanged
 * fire in the neighbourhoods of Tierra Blanca and Las Quintas" (Culiacan). */
const EN_QUARTER_AFTER = /^\s+(?:neighbou?rhoods?|quarter)\b/i;
const EN_QUARTER_BEFORE = /\bneighbou?rhoods?\s+of\s+$/i;

/** The mention is placed in a part of the city by the text around it. */
function inCityPart(text: string, m: PlaceMention, arabic: boolean): boolean {
  if (arabic) return CITY_PART_AFTER.test(text.slice(m.end, m.end + PHRASE_REACH));
  return (
    EN_QUARTER_AFTER.test(text.slice(m.end, m.end + 16)) ||
    EN_QUARTER_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
  );
}

/** The mentions, with a far namesake town placed in a part of "the city" (Arabic) or named as a neighbourhood
 * (English) read as the city named last before it. */
export function cityQuarters(text: string, mentions: PlaceMention[], arabic = true): PlaceMention[] {
  return mentions.map((m, k) => {
    if (m.place.kind !== 'town' && m.place.kind !== 'district') return m;
    if (!inCityPart(text, m, arabic)) return m;
    let city: PlaceMention | undefined;
    for (let j = k - 1; j >= 0 && !city; j--) if (mentions[j].place.kind === 'city') city = mentions[j];
    if (!city || roughKm(city.place, m.place) <= QUARTER_KM) return m;
    return { ...m, place: city.place };
  });
}
