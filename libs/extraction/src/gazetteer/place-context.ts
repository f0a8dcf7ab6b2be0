// Word lists that decide whether an ambiguous name is a place: Arabic and English trigger nouns (مدينة الباب, the
// town of Bab), quote marks around a name, acronyms allowed in capitals, and English words that are also towns.
import { cliticVariants } from './arabic-clitics';
import type { Token } from './tokenize';

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
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'غربي',
    'شرقي',
    'شمالي',
    'جنوبي',
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

/** Country / place acronyms accepted in capitals only (US, not "Us"). */
export const ACRONYM_KEYS = new Set(['us', 'usa', 'uk', 'uae', 'ksa', 'drc', 'dprk', 'u s', 'u s a']);

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
const DIRECTIONS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'محيط', 'اطراف']);

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
    return cliticVariants(prev.key).some((v) => ARABIC_TRIGGERS.has(v.key) && !(nounsOnly && DIRECTIONS.has(v.key)));
  if (ENGLISH_TRIGGERS.has(prev.key)) return true;
  const prev2 = tokens[index - 2];
  return prev.key === 'of' && prev2 !== undefined && ENGLISH_TRIGGERS.has(prev2.key);
}
