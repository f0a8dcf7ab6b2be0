// Places named only to locate another: the point a distance is measured from ("40 km north of Mosul", "على مسافة
// 700 كيلومتر جنوبي طرابلس") and the landmark of a compass phrase ("محافظة ديالى شمال شرق بغداد", "المدينة الواقعة
// شمال غرب العاصمة دمشق"). Neither is where the happening took place (choose-location.ts).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';
import { AR_COMPASS_WORDS, EN_COMPASS_WORDS } from '../../text/compass-words';

const DISTANCE_UNITS = foldedSet([
  'كيلومتر',
  'كيلومترا',
  'كيلومترات',
  'كلم',
  'كم',
  'ميل',
  'اميال',
  'km',
  'kilometres',
  'kilometers',
  'miles',
]);
const COMPASS = foldedSet([
  ...AR_COMPASS_WORDS,
  'من',
  'عن',
  // "على بعد 30 كلم إلى الشمال الغربي من بغداد": the definite forms reach the compass through their stems.
  'الي',
  'إلى',
  // "500 km to the north west of Baghdad".
  'to',
  'the',
  ...EN_COMPASS_WORDS,
  'of',
  'from',
]);
/** Compass words a distance phrase may stack: "to the north west of", "إلى الشمال الغربي من". */
const MAX_COMPASS = 5;
const compassOrLink = (t: Token): boolean => COMPASS.has(t.norm) || (t.isArabic && t.stems.some((s) => COMPASS.has(s)));

/** "سبها الواقعة على مسافة 700 كيلومتر جنوبي طرابلس", "40 km north of Mosul": the place a distance is measured
 * from, not the scene (the scene is the place the distance locates). */
export function isDistanceReference(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  let compass = 0;
  while (k >= lowest && compass < MAX_COMPASS && compassOrLink(tokens[k])) {
    k--;
    compass++;
  }
  if (!compass) return false;
  for (let j = k; j >= Math.max(lowest, k - 1); j--) if (DISTANCE_UNITS.has(tokens[j].norm)) return true;
  return false;
}

const AR_COMPASS = foldedSet(AR_COMPASS_WORDS);
const AR_COMPASS_DEF = foldedSet(['الجنوب', 'الشمال', 'الشرق', 'الغرب']);
/** Nouns between a compass word and the place it points at: "شمال شرق العاصمة بغداد", "شرقي مدينة الرمادي". */
const AR_REF_FILLER = foldedSet(['مدينه', 'العاصمه', 'محافظه', 'بلده', 'قضاء', 'ناحيه', 'مركز']);
/** Words that may sit between the located place and the compass phrase: "الواقعة إلى الشرق من", "التي تقع". */
const AR_REF_LINK = foldedSet([
  'الواقعه',
  'والواقعه',
  'الواقع',
  'التي',
  'الذي',
  'تقع',
  'يقع',
  'الي',
  'إلى',
  'على',
  'بعد',
]);

/** Nouns pointing back at a place named before: "المدينة الواقعة شمال X" locates that town, not X. */
const PLACE_ANAPHOR = foldedSet(['المدينه', 'البلده', 'القريه', 'البلدات', 'القري', 'المدينتين', 'البلدتين']);

const compassWord = (t: Token | undefined): boolean => !!t && t.isArabic && t.stems.some((s) => AR_COMPASS.has(s));

/** "محافظة ديالى شمال شرق بغداد", "الحراريات التابعة لقضاء الكرمة، شرقي الرمادي", "درنة، والواقعة إلى الشرق من
 * مدينة بنغازي": an Arabic place a compass word locates another named place by is a landmark, not the scene, when
 * the place it locates (not a country) is named right before the compass phrase. */
export function isCompassReference(
  tokens: Token[],
  p: Span<PlaceLike>,
  lowest: number,
  pool: Span<PlaceLike>[],
  anaphor = false,
): boolean {
  let k = p.first - 1;
  if (k < lowest || !tokens[p.first]?.isArabic) return false;
  while (k >= lowest && k >= p.first - 2 && AR_REF_FILLER.has(tokens[k].norm)) k--;
  if (k >= lowest && tokens[k].norm === 'من' && AR_COMPASS_DEF.has(tokens[k - 1]?.norm ?? '')) k -= 2;
  else {
    if (!compassWord(tokens[k])) return false;
    k--;
    if (k >= lowest && compassWord(tokens[k]) && !tokens[k].stems.some((s) => AR_COMPASS_DEF.has(s))) k--;
  }
  // k is now the last token before the compass phrase; links may stand between it and the located place.
  for (let j = k, skipped = 0; j >= lowest && skipped <= 3; j--, skipped++) {
    const located = pool.find((q) => q !== p && q.end === j + 1 && q.value.kind !== 'country');
    if (located) return true;
    // "سقطت على المدينة الواقعة شمال غرب العاصمة دمشق": the located place is one named before ("the town").
    if (anaphor && PLACE_ANAPHOR.has(tokens[j].norm)) return true;
    if (!AR_REF_LINK.has(tokens[j].norm)) return false;
  }
  return false;
}

/** "سقطت على المدينة الواقعة شمال غرب العاصمة دمشق": a landmark locating a town named in an earlier sentence
 * ("المدينة", "البلدة"); the scene is that town, never the landmark, even when the clause names no other place. */
export function locatesAnaphor(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  return isCompassReference(tokens, p, lowest, [], true);
}

const EN_COMPASS = foldedSet(EN_COMPASS_WORDS);
/** Words of a compass phrase's approximation: "just west of", "about 20 minutes west of" is a distance already. */
const EN_HEDGE = foldedSet(['just', 'about', 'some', 'slightly']);
/** Lower-case words that may follow the located place before the comma: "the Zawiya refinery, west of Tripoli". */
const MAX_HEAD_WORDS = 2;

/** "the village of Sinjil, north of Ramallah", "the Zawiya refinery, west of Tripoli", "Karaj, west of Tehran": an
 * English landmark set off by a comma after another named place (not a country) locates that place; it is not the
 * scene. Without the place before ("clashes north of Baghdad") the compass phrase is the scene's own. */
export function isEnglishCompassReference(
  text: string,
  tokens: Token[],
  p: Span<PlaceLike>,
  lowest: number,
  pool: Span<PlaceLike>[],
): boolean {
  if (tokens[p.first]?.isArabic || tokens[p.first - 1]?.norm !== 'of') return false;
  let k = p.first - 2;
  if (k < lowest || !EN_COMPASS.has(tokens[k].norm)) return false;
  if (k - 1 >= lowest && EN_HEDGE.has(tokens[k - 1].norm)) k--;
  // k is the first word of the compass phrase; a comma stands right before it.
  const before = tokens[k - 1];
  if (!before || k - 1 < lowest || !text.slice(before.end, tokens[k].start).includes(',')) return false;
  for (let j = k - 1, words = 0; j >= lowest && words <= MAX_HEAD_WORDS; j--, words++) {
    if (pool.some((q) => q !== p && q.end === j + 1 && q.value.kind !== 'country')) return true;
    if (!/^\p{Ll}/u.test(tokens[j].surface)) return false;
  }
  return false;
}
