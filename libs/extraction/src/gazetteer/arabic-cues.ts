// Arabic place cues that the trigger-noun check (place-context.ts) does not see because they sit further from the
// name: the dual noun of a pair of places (قريتي معرستي وماير "the two villages of M. and Mayer", whose second name
// follows و, not the noun), the preposition "towards" (باتجاه المختارة), which only a place or a direction follows,
// and the quarter of a country named right after a town (مروة بشمال الكاميرون).
import { normalizeKey } from '@marsad/contracts';
import { AR_COMPASS_WORDS } from '../text/compass-words';
import type { RawMatch } from './match-places';
import type { Token } from './tokenize';

/** Dual trigger nouns ("the two villages/towns/cities/areas/camps/quarters of"), keys as normalizeKey gives them. */
export const DUAL_TRIGGERS = new Set([
  'قريتي',
  'بلدتي',
  'مدينتي',
  'محافظتي',
  'منطقتي',
  'مخيمي',
  'حيي',
  'ناحيتي',
  'مديريتي',
]);
/** How many tokens the first name of the pair may span (قريتي تل جبين وحردتنين). */
const MAX_FIRST_NAME = 3;
/** "towards": باتجاه, اتجاه. */
const TOWARDS = new Set(['باتجاه', 'اتجاه']);

/** An Arabic cue beyond the word before the name: 'noun' for the second of a dual pair (قريتي X وY), 'word' for
 * "towards" (a preposition, so not enough for a stop-listed word) or for a verb-like name after a preposition, else
 * 'none'. */
export function arabicCue(text: string, tokens: Token[], m: RawMatch): 'noun' | 'word' | 'none' {
  if (!tokens[m.index].arabic) return 'none';
  if (secondOfDualPair(text, tokens, m)) return 'noun';
  return afterTowards(tokens, m) || verbNameAfterPreposition(text, tokens, m) ? 'word' : 'none';
}

/** Names whose word reading is a past-tense verb: حرض (Harad in Hajjah) is also حرّض "he incited". */
const VERB_NAMES = new Set(['حرض'].map(normalizeKey));
/** Prepositions that no verb follows: في, إلى (not من, also "who": من حرض على القتل "whoever incited killing"). */
const NOUN_PREPOSITIONS = new Set(['في', 'إلى', 'الى'].map(normalizeKey));

/** "بدك مواقع الحوثيين في حرض": a verb-like name right after في or إلى is the noun, the place. */
export function verbNameAfterPreposition(text: string, tokens: Token[], m: RawMatch): boolean {
  if (m.stripped || m.tokens !== 1 || !VERB_NAMES.has(m.key)) return false;
  const prev = tokens[m.index - 1];
  return !!prev?.arabic && NOUN_PREPOSITIONS.has(prev.key) && /^\s+$/.test(text.slice(prev.end, m.start));
}

/** The match is the second name of a dual pair: "DUAL X وY" with Y joined to و and X one to three words. */
export function secondOfDualPair(text: string, tokens: Token[], m: RawMatch): boolean {
  if (!m.stripped || text[m.start - 1] !== 'و') return false;
  for (let k = 2; k <= MAX_FIRST_NAME + 1; k++) {
    const t = tokens[m.index - k];
    if (!t?.arabic) return false;
    if (/[.,،؛:!?؟()«»"]/.test(text.slice(t.end, m.start))) return false;
    if (DUAL_TRIGGERS.has(t.key)) return true;
  }
  return false;
}

/** The match follows "towards" (تحرك الأهالي باتجاه المختارة). */
export function afterTowards(tokens: Token[], m: RawMatch): boolean {
  const prev = tokens[m.index - 1];
  return !m.stripped && prev !== undefined && prev.arabic && TOWARDS.has(prev.key);
}

/** Quarters a glued ب opens after a town: "بشمال", "بجنوب شرقي", "بوسط". */
const QUARTERS = new Set([...AR_COMPASS_WORDS, 'وسط'].map(normalizeKey));

/** "في مروة بشمال الكاميرون", "في غومبيه بشمال شرقي نيجيريا": a name followed (a space apart) by "in the north
 * (east) of COUNTRY" is a town of that country; returns the country's code, else null. */
export function countryQuarterAfter(
  text: string,
  tokens: Token[],
  m: RawMatch,
  countryOf: (key: string) => string | null,
): string | null {
  let k = m.index + m.tokens;
  const quarter = tokens[k];
  if (!tokens[m.index].arabic || !quarter?.arabic || !/^\s+$/.test(text.slice(m.end, quarter.start))) return null;
  if (!quarter.key.startsWith('ب') || !QUARTERS.has(quarter.key.slice(1))) return null;
  k++;
  if (tokens[k]?.arabic && QUARTERS.has(tokens[k].key)) k++;
  return tokens[k]?.arabic ? countryOf(tokens[k].key) : null;
}
