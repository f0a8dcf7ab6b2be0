/**
 * Text normalization shared by every matcher (gazetteer, actors, patterns), so that a key built from
 * a dictionary and a token read from an article compare equal.
 *
 * Arabic: strips diacritics and tatweel, folds alef forms (أ إ آ ٱ → ا), ta marbuta (ة → ه), alef maqsura
 * (ى → ي), hamza carriers (ؤ → و, ئ → ي), Persian/Urdu letters to Arabic, Arabic-Indic digits to ASCII.
 * Latin: lowercases and strips accents (Dūmā → duma). Length never changes, so offsets survive normalization.
 */

export { asciiDigits, normalizeKey } from '@marsad/contracts';

const CHAR_MAP: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
  ې: 'ي',
  ە: 'ه',
  گ: 'ك',
  پ: 'ب',
  چ: 'ج',
  ژ: 'ز',
  ڤ: 'ف',
};

/** Folds one character (alef forms, ta marbuta, alef maqsura, Persian letters, Arabic-Indic digits). */
export function normalizeChar(ch: string): string {
  const mapped = CHAR_MAP[ch];
  if (mapped) return mapped;
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return ch;
}

/**
 * Offset-preserving normalization: the output has the same length as the input, so a span found in it
 * is a span of the original. Diacritics and tatweel stay in place; tokenizers skip them with `isIgnorable`.
 */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch.length !== 1) {
      out += ch;
      continue;
    }
    out += normalizeChar(ch).toLowerCase();
  }
  return out;
}

/** Invisible format characters that web text leaves inside words: the soft hyphen of HTML (&shy;), the Arabic letter
 * mark, zero-width spaces and joiners, direction marks, embeddings and isolates, the word joiner and the byte-order
 * mark. A word is read as if they were not there ("حل\u00ADب" is حلب). */
export function isInvisibleFormat(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** True for characters that carry no letter (Arabic diacritics, tatweel, invisible format characters). */
export function isIgnorable(ch: string): boolean {
  return (
    /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/.test(ch) || (ch.length === 1 && isInvisibleFormat(ch.charCodeAt(0)))
  );
}

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]/g;

/**
 * Arabic presentation forms (ﻋﺪﻥ, pasted from PDFs and old CMSs) as the plain letters they display, one for one
 * so that offsets stay those of the original; ligatures that stand for two letters (ﻻ) are left as they are.
 */
export function foldPresentationForms(text: string): string {
  return text.replace(PRESENTATION_FORMS, (ch) => {
    const plain = ch.normalize('NFKC');
    return plain.length === 1 ? plain : ch;
  });
}
