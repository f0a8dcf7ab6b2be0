/**
 * The canonical text key: how dictionary names, rule keywords and article tokens are folded before they are
 * compared. It lives in contracts because both the extractor and the rule matcher must agree on it.
 * Arabic: drops diacritics and tatweel; folds alef forms, ta marbuta, alef maqsura, hamza carriers, Persian
 * letters; Arabic-Indic digits become ASCII. Latin: lowercased, accents stripped (Dūmā -> duma).
 */
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Maps Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Lookup-key normalization for dictionaries: folds everything, drops marks, collapses spaces. */
export function normalizeKey(text: string): string {
  return asciiDigits(text)
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .replace(ARABIC_DIACRITICS, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[کگ]/g, 'ك')
    .replace(/[یې]/g, 'ي')
    .replace(/[‘’ʼʻ`'ʿʾ]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
