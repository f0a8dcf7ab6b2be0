// Places named only as the neighbour of another: "منطقة كوبرات الحدودية مع محافظة كركوك", "القرى المجاورة لمحافظة
// ديالى", "a district bordering Saudi Arabia". A province or country a border or adjacency phrase points at lies next
// to the scene, never around it (choose-location.ts); a neighbouring town is kept: it is as near as the scene.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet, hasWord } from '../../text/word-sets';

/** Arabic adjectives of a shared border, followed by "مع": "الحدودية مع", "حدودي مع". */
const AR_BORDER = foldedSet(['الحدودي', 'الحدوديه', 'حدودي', 'حدوديه']);
/** Arabic adjectives of adjacency, followed by a place glued to ل: "المجاورة لقضاء", "المحاذية لمدينة". */
const AR_ADJACENT = foldedSet([
  'المجاور',
  'المجاوره',
  'مجاور',
  'مجاوره',
  'المحاذي',
  'المحاذيه',
  'محاذي',
  'محاذيه',
  'المتاخم',
  'المتاخمه',
  'متاخم',
  'متاخمه',
]);
const WITH = foldedSet(['مع']);
/** Nouns that may stand between the phrase and the place: "مع محافظة كركوك", "لقضاء الفلوجة". */
const FILLER = foldedSet(['محافظه', 'مدينه', 'قضاء', 'منطقه', 'ولايه', 'بلده', 'ناحيه', 'اقليم', 'دوله']);
/** English words of adjacency right before the place: "bordering Kirkuk", "adjacent to Fallujah" (not "neighbouring
 * Lebanon", which names the country as a scene). */
const EN_ADJACENT = foldedSet(['bordering', 'borders', 'adjoining']);

/** A token with ل glued on: "لقضاء", "للفلوجة". */
const glued = (t: Token | undefined): boolean => !!t?.isArabic && t.norm.length > 2 && t.norm.startsWith('ل');

function arabicNeighbour(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  // "المجاورة للفلوجة": ل on the place; "المجاورة لقضاء الفلوجة": ل on the filler noun.
  if (glued(tokens[p.first]) && hasWord(tokens[k], AR_ADJACENT)) return true;
  if (glued(tokens[k]) && FILLER.has(tokens[k].norm.slice(1)))
    return k - 1 >= lowest && hasWord(tokens[k - 1], AR_ADJACENT);
  // "الحدودية مع محافظة كركوك", "الحدودي مع اليمن".
  if (FILLER.has(tokens[k].norm)) k--;
  return k - 1 >= lowest && WITH.has(tokens[k].norm) && hasWord(tokens[k - 1], AR_BORDER);
}

/** Kinds of place whose centre lies far from what borders them. */
const WIDE: ReadonlySet<PlaceLike['kind']> = new Set(['region', 'admin1', 'country']);

/** True when the place is a province, region or country only named as what the located area borders. */
export function isNeighbourPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  if (k < lowest || !WIDE.has(p.value.kind)) return false;
  if (tokens[p.first]?.isArabic) return arabicNeighbour(tokens, p, lowest);
  if (tokens[k].norm === 'the') k--;
  if (k < lowest) return false;
  return EN_ADJACENT.has(tokens[k].norm) || (tokens[k].norm === 'to' && tokens[k - 1]?.norm === 'adjacent');
}
