// Word lists that decide whether an ambiguous name is a place: Arabic and English trigger nouns (مدينة الباب, the
// town of Bab), quote marks around a name, acronyms allowed in capitals, and English words that are also towns.
import { tokenVariants } from './arabic-clitics';
import type { RawMatch } from './match-places';
import type { Token } from './tokenize';
import { AR_COMPASS_WORDS, EN_COMPASS_WORDS } from '../text/compass-words';

/** Arabic nouns that announce a place name right after them (keys as normalizeKey gives them). */
export const ARABIC_TRIGGERS = new Set(
  [
    'مدينه',
    'مدينتي',
    'مدن',
    'بلده',
    'بلدات',
    'قريه',
    'قري',
    'قرية',
    'محافظه',
    'محافظتي',
    'حي',
    'احياء',
    'ناحيه',
    'منطقه',
    'مناطق',
    'مخيم',
    'ولايه',
    'اقليم',
    'مديريه',
    'قضاء',
    'مركز',
    'ريف',
    'بلدتي',
    'قريتي',
    // the other dual nouns of arabic-cues.ts DUAL_TRIGGERS: they cue the first name of the pair as well as the second
    'منطقتي',
    'مديريتي',
    'ناحيتي',
    'مخيمي',
    'حيي',
    'بلديه',
    'ضاحيه',
    'مطار',
    'معبر',
    'جبهه',
    'محور',
    'جبل',
    'وادي',
    'سهل',
    'عاصمه',
    'ميناء',
    'قاعده',
    'محيط',
    'اطراف',
    ...AR_COMPASS_WORDS,
    'مدينة',
    'بلدة',
    'محافظة',
  ].map((w) => w.replace(/ة/g, 'ه').replace(/ى/g, 'ي')),
);

export const ENGLISH_TRIGGERS = new Set([
  'city',
  'town',
  'village',
  'province',
  'governorate',
  'district',
  'neighbourhood',
  'neighborhood',
  'camp',
  'region',
  'near',
  'in',
  'outside',
  'around',
  'from',
  'into',
  'towards',
  'toward',
]);

/** Words that announce a place only through "of": the outskirts of Tyre, north of Goma, the edge of Djibo. */
export const ENGLISH_OF_TRIGGERS = new Set([
  'outskirts',
  'suburbs',
  'edge',
  ...EN_COMPASS_WORDS,
  'centre',
  'center',
  'heart',
  'residents',
]);

/** English words that are also GeoNames towns: never a place from capitalisation alone. */
export const ENGLISH_COMMON = new Set([
  'mobile',
  'bar',
  'of',
  'split',
  'tell',
  'said',
  'will',
  'more',
  'also',
  'after',
  'home',
  'hit',
  'kill',
  'new',
  'sunday',
  'nice',
  'reading',
  'bath',
  'orange',
  'independence',
  'victoria',
  'hope',
  'price',
  'sale',
  'march',
  'may',
  'university',
  'union',
  'liberty',
  'progress',
  'justice',
  'unity',
  'opportunity',
  'concord',
  'paradise',
  'enterprise',
  'commerce',
  'industry',
  'deal',
  'police',
  'president',
  'minister',
  'general',
  'sheikh',
  'prince',
  'king',
  'queen',
  'best',
  'most',
  'bologna',
  'mercedes',
  'jordan',
  'chad',
  'georgia',
  'niger',
  'guinea',
  'florence',
  'regina',
  'marion',
  'aurora',
  'eden',
  'salem',
  'zion',
  'goes',
  'van',
  'man',
  'ede',
  'dam',
  'bat',
]);
// 'jordan', 'chad', 'georgia', 'niger' and 'guinea' above stop only the towns of those names: country candidates
// are never filtered by this list.

// Not parentheses: Arabic news brackets weekdays and asides — (الأحد), (جنوب البلاد) — far more than names.
const QUOTES_BEFORE = new Set(['«', '"', '“', "'", '‘']);
const QUOTES_AFTER = new Set(['»', '"', '”', "'", '’']);

/** Compass words: "south of X" announces a place, but جنوب البلاد ("the south of the country") does not name one. */
const DIRECTIONS = new Set([...AR_COMPASS_WORDS, 'محيط', 'اطراف']);

export function isQuoted(text: string, start: number, end: number): boolean {
  return QUOTES_BEFORE.has(text[start - 1] ?? '') && QUOTES_AFTER.has(text[end] ?? '');
}

/** True when the token before `index` (clitics allowed: بمدينة, لبلدة) is a place trigger noun; with `nounsOnly`,
 * compass words do not count (for names that are common words: جنوب البلاد, شمال المدينة). */
export function hasTrigger(tokens: Token[], index: number, strippedClitic: boolean, nounsOnly = false): boolean {
  if (strippedClitic) return false;
  const prev = tokens[index - 1];
  if (!prev) return false;
  if (prev.arabic)
    return tokenVariants(tokens)[index - 1].some(
      (v) => ARABIC_TRIGGERS.has(v.key) && !(nounsOnly && DIRECTIONS.has(v.key)),
    );
  if (ENGLISH_TRIGGERS.has(prev.key)) return true;
  const prev2 = tokens[index - 2];
  return (
    prev.key === 'of' && prev2 !== undefined && (ENGLISH_TRIGGERS.has(prev2.key) || ENGLISH_OF_TRIGGERS.has(prev2.key))
  );
}

/** Lower-case heads after an English name that say it is a place: "Kherson city", "Tikrit district". */
const ENGLISH_HEADS_AFTER = new Set(['city', 'town', 'village', 'province', 'governorate', 'district', 'region']);

/** The English match is followed by a lower-case place head: "shelled Kherson city". */
export function headAfter(tokens: Token[], m: RawMatch): boolean {
  const next = tokens[m.index + m.tokens];
  return !!next && !next.arabic && !next.cap && ENGLISH_HEADS_AFTER.has(next.key);
}

/** Given names that are also GeoNames towns (Hassan/IN, Salem/US, Leon/MX): in English text a place only with a
 * trigger (in X, the town of X) or with its country in the text. */
export const ENGLISH_GIVEN_NAMES = new Set(
  (
    'hassan hasan hussein husain ali omar umar salem salim leon marat said saeed karim kareem rashid khalid hamid ' +
    'aziz ahmad ahmed mohammed muhammad yusuf ibrahim ismail musa tariq nasser nasir faisal majid kamal jamal samir ' +
    'amir mansur mansour abbas qasim bashir halima fatima aisha maryam salman sultan hamza adam david victor amol ' +
    'laila layla zainab rania ramon carlos santiago isabela florida'
  ).split(' '),
);

/** Arabic function words: a multi-word match never ends on one (ببيان أن → ب + يان أن = Yan'an). */
export const ARABIC_FUNCTION_WORDS = new Set(
  'ان في من علي الي عن مع ما لا لم لن قد هو هي او ثم بعد قبل التي الذي هذا هذه ذلك كان كانت انه بان لان اذا حتي'.split(
    ' ',
  ),
);

/** Generic heads of compound Arabic names (تل أبيض, جبل الزاوية, دير الزور): alone before another word they begin a
 * name the gazetteer lacks (قرية تل شور), not the GeoNames place spelled like the head (Till). */
export const ARABIC_NAME_HEADS = new Set(
  'تل جبل وادي عين بير دير كفر خان راس قصر ام ابو بني بيت سوق مرج تله'.split(' '),
);

function isTriggerNoun(key: string): boolean {
  return ARABIC_TRIGGERS.has(key) || (key.startsWith('ال') && ARABIC_TRIGGERS.has(key.slice(2)));
}

/** Shape checks for an Arabic match; false drops it. A trigger noun (مدينة, المدينة, منطقة) names no place unless
 * quoted: after another trigger (مناطق مدينة رفح) it is "the city", not Medina. */
export function arabicShapeOk(text: string, tokens: Token[], m: RawMatch, quoted: boolean): boolean {
  if (isTriggerNoun(m.key)) return quoted;
  const last = tokens[m.index + m.tokens - 1];
  if (m.tokens > 1 && ARABIC_FUNCTION_WORDS.has(last.key)) return false;
  if (m.tokens === 1 && ARABIC_NAME_HEADS.has(m.key) && !quoted) {
    const next = tokens[m.index + 1];
    if (next?.arabic && next.start - last.end <= 2 && /^[ \u00a0-]*$/.test(text.slice(last.end, next.start)))
      return ARABIC_FUNCTION_WORDS.has(next.key);
  }
  return true;
}

/** Capitalised words that continue a place name rather than a person's (Borno State, Gaza City, Mosul Dam). */
export const ENGLISH_PLACE_HEADS = new Set(
  (
    'state city province governorate region district county camp valley airport port base road highway bridge dam ' +
    'area town village strip river border crossing island islands mountains mountain division municipality zone ' +
    'lga hospital university prison stadium market mosque school square street lake bay gulf desert oasis'
  ).split(' '),
);

function spaceOnly(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && (text[a.end] === ' ' || text[a.end] === '\u00a0');
}

/** An English GeoNames match inside a longer capitalised name: Hassan Fadlallah, Abdullahi Hassan, Middle Juba.
 * The word before counts unless it starts a sentence or line. */
export function partOfLongerName(text: string, tokens: Token[], m: RawMatch): boolean {
  const last = tokens[m.index + m.tokens - 1];
  const next = tokens[m.index + m.tokens];
  if (
    next &&
    !next.arabic &&
    next.cap &&
    !next.upper &&
    spaceOnly(text, last, next) &&
    !ENGLISH_PLACE_HEADS.has(next.key)
  )
    return true;
  const first = tokens[m.index];
  const prev = tokens[m.index - 1];
  if (!prev || prev.arabic || !prev.cap || prev.upper || !spaceOnly(text, prev, first)) return false;
  if (ENGLISH_TRIGGERS.has(prev.key) || prev.key === 'the') return false;
  const before = text.slice(Math.max(0, prev.start - 3), prev.start);
  return !/(^|[.!?\n]\s*|["“(]\s*)$/.test(before) && prev.start > 0;
}
