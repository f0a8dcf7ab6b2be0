// Arabic words the gazetteer holds as names but the text uses as words: the country Mali (مالي) is also the
// adjective "financial" (دعم مالي, مبلغ مالي, فساد مالي), and a name after تل ("تل واسط") is a tell named after it,
// another place than the province it echoes. matchPlaces skips such matches before they colour the text's context.
import { normalizeKey } from '@marsad/contracts';
import { AR_COMPASS_WORDS } from '../text/compass-words';
import type { KeyVariant } from './arabic-clitics';
import type { Token } from './tokenize';

/** Country names that are also a common nisba adjective of an indefinite noun. */
const ADJECTIVE_NAMES = new Set(['مالي'].map(normalizeKey));
/** Words after which such a name is the country: prepositions, compass words, nouns of a state and its people. */
const COUNTRY_CUES = new Set(
  [
    ...AR_COMPASS_WORDS,
    'في',
    'من',
    'الى',
    'إلى',
    'عن',
    'حول',
    'بين',
    'داخل',
    'وسط',
    'حكومة',
    'دولة',
    'جمهورية',
    'رئيس',
    'شعب',
    'جيش',
    'عاصمة',
    'سفير',
    'سفارة',
    'أراضي',
    'حدود',
    'مثل',
  ].map(normalizeKey),
);
const TELL = normalizeKey('تل');

/** The token before `i`, when only a space separates it from token `i`. */
function wordBefore(text: string, tokens: Token[], i: number): Token | undefined {
  const prev = tokens[i - 1];
  return prev && /^\s+$/.test(text.slice(prev.end, tokens[i].start)) ? prev : undefined;
}

/** The one-word match at token `i` (read without a proclitic) is the adjective, not the country: it follows an
 * Arabic word that is no preposition, compass word or noun of a state. */
export function adjectiveReading(text: string, tokens: Token[], vars: KeyVariant[][], i: number, k: string): boolean {
  if (!ADJECTIVE_NAMES.has(k)) return false;
  const prev = wordBefore(text, tokens, i);
  return !!prev && prev.arabic && !vars[i - 1].some((v) => COUNTRY_CUES.has(v.key));
}

/** The match at token `i` follows تل (وتل, بتل): the name of a tell, which the gazetteer would hold whole. */
export function tellReading(text: string, tokens: Token[], vars: KeyVariant[][], i: number): boolean {
  return !!wordBefore(text, tokens, i) && vars[i - 1].some((v) => v.key === TELL);
}

/** حماة is also the plural "protectors" (of حامٍ): "حماة الوطن", "حماة الديار", "حماة الحرمين" name the security
 * forces or soldiers, not the Syrian city, when one of these nouns of what they guard follows it. */
const PROTECTORS = normalizeKey('حماة');
const GUARDED = new Set(
  ['الوطن', 'الديار', 'الحرمين', 'الدين', 'العقيدة', 'الثورة', 'الأقصى', 'الحدود', 'الأرض', 'العرض', 'الحمى'].map(
    normalizeKey,
  ),
);

/** The one-word match at token `i` is the plural "protectors of": حماة before a noun of what is guarded. */
export function protectorsReading(text: string, tokens: Token[], i: number, k: string): boolean {
  if (k !== PROTECTORS) return false;
  const next = tokens[i + 1];
  return !!next && /^\s+$/.test(text.slice(tokens[i].end, next.start)) && GUARDED.has(next.key);
}

/** إيلام (Ilam, an Iranian province) is also the verbal noun "inflicting pain on": "إيلام العدو", "إيلام الاحتلال"
 * take their object, a definite noun, right after it; a nisba adjective after it ("إيلام الإيرانية") keeps the
 * province. */
const PAINING = new Set(['إيلام', 'ايلام'].map(normalizeKey));

/** The one-word match at token `i` is the verbal noun إيلام with its definite object. */
export function verbalNounReading(text: string, tokens: Token[], i: number, k: string): boolean {
  if (!PAINING.has(k)) return false;
  const next = tokens[i + 1];
  if (!next || !/^\s+$/.test(text.slice(tokens[i].end, next.start))) return false;
  return /^ال/.test(next.key) && !/(ي|يه|ية)$/.test(next.key);
}

/** A hamza written on the alef after a proclitic letter (بأجور "for wages", بأتم "in fullest", فأس "an axe", بإبل
 * "with camels") marks that letter as the proclitic, or the word as a native one: no gazetteer name is spelled with
 * a letter and a hamzated alef where the name has a plain one (باجور Bajaur, باتام Batam, فاس Fes, بابل Babylon). */
const PROCLITIC_HAMZA = /^[وبلفك][\u064B-\u0652\u0640]*[أإآ]/;

/** The reading of the word at `token` that starts at text offset `from` (after any proclitic stripped: بفأس → فأس)
 * opens on a proclitic letter and a hamzated alef: a proclitic and a hamzated word, not a name. */
export function procliticHamzaReading(text: string, token: Token, from: number): boolean {
  return token.arabic && PROCLITIC_HAMZA.test(text.slice(from, from + 6));
}

/** Names that are also a masculine noun (الرباط "the ligament, the bond"); a city's name takes feminine agreement
 * (الرباط القديمة). Not الرمادي "grey", itself an adjective: in ملعب الرمادي الأولمبي the adjective is the stadium's. */
const MASCULINE_NOUN_NAMES = new Set(['الرباط'].map(normalizeKey));
/** A definite masculine nisba adjective: الصليبي, الداخلي, الجانبي. */
const MASCULINE_NISBA = /^ال\S{2,}ي$/;

/** The one-word match at token `i` is the noun with its adjective: الرباط الصليبي "the cruciate ligament". */
export function nounWithAdjectiveReading(text: string, tokens: Token[], i: number, k: string): boolean {
  if (!MASCULINE_NOUN_NAMES.has(k)) return false;
  const next = tokens[i + 1];
  return !!next?.arabic && /^\s+$/.test(text.slice(tokens[i].end, next.start)) && MASCULINE_NISBA.test(next.key);
}
