// English cues that a one-word GeoNames match is a piece of a person's or a longer place's name, not a place:
// "Khalil al-Hayya" (Khalil is also Hebron's Arabic name), "Hassan bin Ali", and "Deir al-Balah" when only "Balah"
// (a West Bank village) is in the gazetteer. Arabic names are transliterated with a hyphenated article or with
// bin/ibn; a small place name is not followed by one (large cities are: "Aleppo al-Jadida" is a quarter).
// Curated names that are also given names (Aden, Jawhar, Dara, Maan) are a person's in "Jawhar Ben Mbarek",
// "Secretary Aden Duale" and "Abdifatah Aden Hassan".
import type { RawMatch } from './match-places';
import { ENGLISH_PLACE_HEADS, ENGLISH_TRIGGERS } from './place-context';
import type { Token } from './tokenize';

/** "al-", "el-", "ad-", "ash-"… written before a capitalised word: the Arabic article of a transliterated name. */
const ARTICLE = String.raw`(?:[Aa][ln]|[Ee]l|[Aa][drstz]|[Aa]sh|[Aa]dh|[Aa]th)[-‐]`;
/** bin/ibn, and the Maghreb's Ben and Mauritania's Ould: "Jawhar Ben Mbarek", "Sidi Ould Tah". */
const PARTICLE = String.raw`(?:bin|ibn|bint|Bin|Ibn|Ben|Ould)\s+\p{Lu}`;
const NAME_AFTER = new RegExp(String.raw`^\s+(?:${ARTICLE}\p{Lu}|${PARTICLE})`, 'u');
const PARTICLE_AFTER = new RegExp(String.raw`^\s+${PARTICLE}`, 'u');
const NAME_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}'’]*\s+${ARTICLE}$`, 'u');

/** Cities this large are not given names; "Aleppo al-Jadida", "Baghdad al-Jadida" name their quarters. */
const LARGE_CITY = 500000;

/** The word is the given name of "Khalil al-Hayya" / "Hassan bin Ali". */
export function followedByNameParticle(text: string, end: number): boolean {
  return NAME_AFTER.test(text.slice(end, end + 12));
}

/** The word is the tail of "Deir al-Balah" / "Khan al-Ahmar", whose whole name the gazetteer lacks. */
export function tailOfArticleName(text: string, start: number): boolean {
  return NAME_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/** Either cue: the word is part of a transliterated Arabic name. */
export function inArabicName(text: string, start: number, end: number, population: number): boolean {
  return (population < LARGE_CITY && followedByNameParticle(text, end)) || tailOfArticleName(text, start);
}

/** Words written right before a person's name: "Secretary Aden Duale", "spokesman Dara Hussein". */
const PERSON_TITLES = new Set(
  (
    'president minister secretary spokesman spokeswoman spokesperson commander general gen colonel col captain mr ' +
    'mrs ms dr sheikh imam cleric politician politicians activist activists leader envoy ambassador lawyer judge ' +
    'senator governor mayor journalist'
  ).split(' '),
);

/** Latin, capitalised (not all capitals) and one space away. */
function nameWord(text: string, t: Token | undefined, a: Token, b: Token): boolean {
  return !!t && !t.arabic && t.cap && !t.upper && b.start - a.end === 1 && /[ \u00a0]/.test(text[a.end]);
}

/** A one-word curated name that is a given name here: followed by Ben/bin/Ould and a name, or preceded by a title
 * and followed by a name, or between two name words ("Abdifatah Aden Hassan", not at a sentence start and not after
 * a trigger word or a country's name or adjective: "Yemeni Aden Refinery"). */
export function inPersonName(
  text: string,
  tokens: Token[],
  m: RawMatch,
  countryWord: (key: string) => boolean,
): boolean {
  if (m.tokens !== 1) return false;
  const self = tokens[m.index];
  if (PARTICLE_AFTER.test(text.slice(self.end, self.end + 12))) return true;
  const next = tokens[m.index + 1];
  if (!nameWord(text, next, self, next) || ENGLISH_PLACE_HEADS.has(next.key)) return false;
  const prev = tokens[m.index - 1];
  if (!prev || prev.arabic || self.start - prev.end !== 1 || !/[ \u00a0]/.test(text[prev.end])) return false;
  if (PERSON_TITLES.has(prev.key)) return true;
  if (
    !nameWord(text, prev, prev, self) ||
    ENGLISH_TRIGGERS.has(prev.key) ||
    prev.key === 'the' ||
    countryWord(prev.key)
  )
    return false;
  return !/(^|[.!?\n]\s*|["“(]\s*)$/.test(text.slice(Math.max(0, prev.start - 3), prev.start));
}

/** Capitalised words that may follow a named place without lengthening its name: "the town of Hit Monday". */
const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december'
  ).split(' '),
);

/** "the town of Adan Yabaal", "the village of Bir Hassan Ali": after "the town of" a local name the gazetteer lacks
 * goes on with a capitalised word; its first word (read as Aden) is not the place. A place head (the town of Mosul
 * Dam) or a day or month after the name keeps it. */
export function longerNameAfterOf(text: string, tokens: Token[], m: RawMatch): boolean {
  const of = tokens[m.index - 1];
  const noun = tokens[m.index - 2];
  if (of?.key !== 'of' || !noun || noun.arabic || !ENGLISH_TRIGGERS.has(noun.key)) return false;
  const last = tokens[m.index + m.tokens - 1];
  const next = tokens[m.index + m.tokens];
  return nameWord(text, next, last, next) && !ENGLISH_PLACE_HEADS.has(next.key) && !CALENDAR_WORDS.has(next.key);
}

/** Capitalised heads of a water body's name before "of": "the Sea of Marmara", "the Gulf of Finland". */
const WATER_OF = new Set(['sea', 'gulf', 'bay', 'strait', 'straits']);

/** "the Sea of Marmara", "the Bay of Bengal", "Lake Tana": a town named after the word is here the water body's name
 * (Marmara is an alias of the town Golmarmara), not that town. A curated whole name ("Gulf of Aden") is matched as
 * itself, and countries ("the Gulf of Oman") are read before this cue. */
export function namesWaterBody(text: string, tokens: Token[], m: RawMatch): boolean {
  const capitalised = (t: Token | undefined) => !!t && !t.arabic && /^\p{Lu}/u.test(text.slice(t.start, t.end));
  const prev = tokens[m.index - 1];
  if (prev?.key === 'lake' && capitalised(prev)) return true;
  const head = tokens[m.index - 2];
  return prev?.key === 'of' && !!head && WATER_OF.has(head.key) && capitalised(head);
}

/** Spanish and Portuguese links inside a place's name: "San Juan de Lurigancho", "Santiago del Estero". */
const ROMANCE_LINKS = new Set(['de', 'del', 'do', 'da', 'dos', 'das']);

/** "San Juan de Lurigancho", "Santiago de Cuba" when the gazetteer lacks the whole name: a Latin name that goes on
 * with de/del/do/da and a capitalised word is the first part of a longer name, not the place its first words spell
 * (a whole name the gazetteer knows, "Rio de Janeiro", is matched before this cue). */
export function longerRomanceName(text: string, tokens: Token[], m: RawMatch): boolean {
  const last = tokens[m.index + m.tokens - 1];
  const link = tokens[m.index + m.tokens];
  const next = tokens[m.index + m.tokens + 1];
  if (!last || !link || link.arabic || !ROMANCE_LINKS.has(link.key) || link.cap) return false;
  if (link.start - last.end !== 1 || !/[ \u00a0]/.test(text[last.end])) return false;
  return nameWord(text, next, link, next);
}
