// "قرية قصر البريج في ريف حلب الشمالي الشرقي", "بلدة تل السمن بريف الرقة الشمالي": Syrian copy places villages the
// gazetteer lacks by a quarter of a city's countryside. The countryside is centred on its city, while its northern or
// eastern quarter lies some 20 km out that way: the mention is moved there (a new place, named for the quarter).
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const COUNTRYSIDE = new Set(['ريف', 'بريف', 'وريف', 'لريف', 'فريف'].map(foldWord));
/** Compass adjectives of ريف (masculine), as unit vectors [north, east]. */
const QUARTER = new Map<string, [number, number, string]>(
  [
    ['الشمالي', 1, 0, 'north'],
    ['الجنوبي', -1, 0, 'south'],
    ['الشرقي', 0, 1, 'east'],
    ['الغربي', 0, -1, 'west'],
  ].map(([w, n, e, name]) => [foldWord(w as string), [n as number, e as number, name as string]]),
);
/** How far out a countryside quarter lies from its city. */
const QUARTER_KM = 20;
/** Only the countryside of one city: a governorate (ريف دمشق) is centred elsewhere and wide. */
const CITY_AREAS: ReadonlySet<PlaceLike['kind']> = new Set(['region', 'city', 'town']);

/** The place a "ريف X الشمالي" mention stands for, or null when the mention is no countryside quarter. */
export function countrysideQuarter(tokens: Token[], p: Span<PlaceLike>): PlaceLike | null {
  if (!CITY_AREAS.has(p.value.kind) || !tokens[p.first]?.isArabic) return null;
  // "ريف حلب" is one curated name; "بريف الرقة" puts the word before the city's own name.
  const head =
    tokens[p.first].stems.some((s) => COUNTRYSIDE.has(s)) || COUNTRYSIDE.has(tokens[p.first - 1]?.norm ?? '');
  if (!head) return null;
  const first = QUARTER.get(tokens[p.end]?.norm ?? '');
  if (!first) return null;
  const second = QUARTER.get(tokens[p.end + 1]?.norm ?? '');
  // "الشمالي الشرقي": a diagonal (the second word turns a north/south quarter east or west).
  const [n, e] = second && first[0] !== 0 && second[1] !== 0 ? [first[0], second[1]] : [first[0], first[1]];
  const norm = Math.hypot(n, e);
  const dLat = ((QUARTER_KM / 111) * n) / norm;
  const dLon = ((QUARTER_KM / (111 * Math.cos((p.value.lat * Math.PI) / 180))) * e) / norm;
  const name = second && first[0] !== 0 && second[1] !== 0 ? `${first[2]}-${second[2]}` : first[2];
  const base = p.value.kind === 'region' ? p.value.name : `${p.value.name} countryside`;
  return {
    ...p.value,
    id: `${p.value.id}:${name}`,
    name: `${base} (${name})`,
    kind: 'region',
    lat: Math.round((p.value.lat + dLat) * 100) / 100,
    lon: Math.round((p.value.lon + dLon) * 100) / 100,
    geonameId: null,
  };
}
