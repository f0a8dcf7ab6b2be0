// Where word and number runs end (tokenize.ts): a char-code class table, not a Unicode-property regex per character.
import { isInvisibleFormat } from './normalize';

// Character classes of WORD, by UTF-16 unit: a letter run is [\p{L}\p{M}\u0640\u200c]+ and the invisible format
// characters inside words (normalize.ts isInvisibleFormat, folded away), a number run is digits
// (ASCII, Arabic-Indic, extended Arabic-Indic) with inner [.,٫٬] groups. A char-code loop over this table replaces
// the Unicode-property regex, which cost more than everything else the tokenizer does; astral characters (surrogate
// pairs) are classed by the same property test on their code point.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const LETTER_TEST = /^[\p{L}\p{M}\u0640\u200c]$/u;
const UNIT_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) UNIT_CLASS[c] = DIGIT;
  else if (c < 0xd800 || c > 0xdfff)
    UNIT_CLASS[c] = LETTER_TEST.test(String.fromCharCode(c)) || isInvisibleFormat(c) ? LETTER : OTHER;
}
const astral = new Map<number, boolean>();

/** Length (1 or 2 units) of the letter starting at i, or 0 when text[i] starts no letter. */
export function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return UNIT_CLASS[c] === LETTER ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  if (cp <= 0xffff) return 0; // a lone surrogate
  let ok = astral.get(cp);
  if (ok === undefined) astral.set(cp, (ok = LETTER_TEST.test(String.fromCodePoint(cp))));
  return ok ? 2 : 0;
}

export const isDigit = (text: string, i: number): boolean =>
  i < text.length && UNIT_CLASS[text.charCodeAt(i)] === DIGIT;

/** End of the number token starting at the digit at i. */
export function numberEnd(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  while (isDigit(text, j)) j++;
  // Inner separators: 13,346 and 2.5 are one number; a separator not followed by a digit ends it.
  for (;;) {
    const c = text.charCodeAt(j);
    if (j < n && (c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) && isDigit(text, j + 1)) {
      j += 2;
      while (isDigit(text, j)) j++;
    } else return j;
  }
}
