// "ساحة العروض بحي الجزيرة" (Riyadh), "بحي القادسية", "حي الروضة" (Taiz), "حي المحمدية بمحافظة جدة": a neighbourhood
// is named after a city, a province or a saint as often as not, so a name right after "حي" / "أحياء" that the
// gazetteer knows only as a town, city or province (Algiers, Qadisiyah, Ar Rawdah in Syria) is the neighbourhood,
// not that place. Curated districts and fronts (حي التضامن, حي جوبر) are neighbourhoods and stay.
import type { PlaceMention } from './place.types';

/** "حي", "بحي", "وفي حي", "حيي" (two neighbourhoods), "أحياء": the text ends with a neighbourhood noun. */
const NEIGHBOURHOOD_BEFORE = /(?:^|[\s،,(«"“])[وفبل]{0,2}(?:حي|حيي|أحياء|احياء)\s+$/u;
const KEPT = new Set(['district', 'frontline']);
/** "في أحد أحياء دياربكر", "آخر أحياء عدن", "عدة أحياء حلب": a count or part of the neighbourhoods is taken from the
 * city's neighbourhoods (an idafa), so the name after them is the city, not a neighbourhood's name. */
const PART_OF_NEIGHBOURHOODS =
  /(?:^|[\s،,(«"“])[وفبل]{0,2}(?:أحد|احد|إحدى|احدى|آخر|اخر|بعض|عدة|عده|معظم|أغلب|اغلب|كل|جميع)\s+(?:أحياء|احياء)\s+$/u;

/** True when the mention stands right after a neighbourhood noun and is no neighbourhood itself. */
export function namesNeighbourhood(text: string, m: PlaceMention): boolean {
  if (KEPT.has(m.place.kind)) return false;
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return NEIGHBOURHOOD_BEFORE.test(before.slice(-12)) && !PART_OF_NEIGHBOURHOODS.test(before);
}
