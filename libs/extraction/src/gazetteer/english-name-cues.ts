// English cues that a one-word GeoNames match is a piece of a person's or a longer place's name, not a place:
// "Khalil al-Hayya" (Khalil is also Hebron's Arabic name), "Hassan bin Ali", and "Deir al-Balah" when only "Balah"
// (a West Bank village) is in the gazetteer. Arabic names are transliterated with a hyphenated article or with
// bin/ibn; a small place name is not followed by one (large cities are: "Aleppo al-Jadida" is a quarter).

/** "al-", "el-", "ad-", "ash-"… written before a capitalised word: the Arabic article of a transliterated name. */
const ARTICLE = String.raw`(?:[Aa][ln]|[Ee]l|[Aa][drstz]|[Aa]sh|[Aa]dh|[Aa]th)[-‐]`;
const NAME_AFTER = new RegExp(String.raw`^\s+(?:${ARTICLE}\p{Lu}|(?:bin|ibn|bint|Bin|Ibn)\s+\p{Lu})`, 'u');
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
