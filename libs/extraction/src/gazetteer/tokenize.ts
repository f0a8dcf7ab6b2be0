// Word tokenizer shared by the gazetteer and the actor dictionary: tokens carry their offsets in the ORIGINAL text
// and a folded key equal to what normalizeKey gives for that word, so dictionary keys and article tokens compare.
// Hot path of the extractor (runs once per article): char-code loop over precomputed per-character tables, and a
// token's key is a plain slice of the text unless one of its characters actually folds.
import { normalizeKey } from '@marsad/contracts';
import { isInvisibleFormat } from '../text/normalize';
import { SpanTable } from '../text/span-table';
import { lastTokenization, type Token as WordToken } from '../text/tokenize';
import { cliticVariants, rememberVariants, type KeyVariant } from './arabic-clitics';

export interface Token {
  start: number;
  end: number;
  /** normalizeKey of the token (diacritics/tatweel dropped, letters folded). */
  key: string;
  arabic: boolean;
  /** Latin token starting with an upper-case letter. */
  cap: boolean;
  /** Latin token entirely in capitals (acronyms, headlines). */
  upper: boolean;
}

const OTHER = 0;
const WORD = 1;
/** Lives inside a word without being a letter: Arabic diacritics, tatweel, invisible format characters (soft hyphens,
 * zero-width and direction marks), Latin combining marks. */
const MARK = 2;
const TABLE_SIZE = 0x0700;

/** Character class and fold for every code below U+0700 (ASCII, Latin-1/Extended, Arabic), derived from
 * normalizeKey itself so the tokenizer cannot drift from the dictionary keys. Codes above use a small cache. */
const CLASS = new Uint8Array(TABLE_SIZE);
const FOLD: string[] = new Array<string>(TABLE_SIZE);
const wideClass = new Map<number, number>();
const wideFold = new Map<number, string>();

function classify(c: number): number {
  if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640) return MARK;
  if (isInvisibleFormat(c) || (c >= 0x0300 && c <= 0x036f)) return MARK;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? WORD : OTHER;
}

function foldOf(c: number): string {
  const ch = String.fromCharCode(c);
  // normalizeKey trims and splits on non-letters; on a single letter it returns exactly the folded letter(s).
  return classify(c) === WORD ? normalizeKey(ch) : '';
}

for (let c = 0; c < TABLE_SIZE; c++) {
  CLASS[c] = classify(c);
  FOLD[c] = foldOf(c);
}

function classOf(c: number): number {
  if (c < TABLE_SIZE) return CLASS[c];
  if (c >= 0xd800 && c <= 0xdfff) return OTHER; // astral pairs (emoji): never part of a name
  let k = wideClass.get(c);
  if (k === undefined) wideClass.set(c, (k = classify(c)));
  return k;
}

function fold(c: number): string {
  if (c < TABLE_SIZE) return FOLD[c];
  let f = wideFold.get(c);
  if (f === undefined) {
    if (wideFold.size > 4096) wideFold.clear();
    wideFold.set(c, (f = foldOf(c)));
  }
  return f;
}

/** Folds one word character the way normalizeKey does (may return '' for marks or 2 chars for ligatures). */
export function foldChar(c: number): string {
  return classOf(c) === WORD ? fold(c) : '';
}

function isArabicLetterCode(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x0660 && c <= 0x0669) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    (c >= 0x06f0 && c <= 0x06f9)
  );
}

function isApostrophe(c: number): boolean {
  return (
    c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2bb || c === 0x60 || c === 0x2bf || c === 0x2be
  );
}

/** What the tokenizer derives from one written word: a pure function of its characters, so memoised by span. */
interface WordFacts {
  /** normalizeKey of the word ('' when it folds to nothing). */
  key: string;
  /** Trailing marks left outside the token's end. */
  trim: number;
  arabic: boolean;
  cap: boolean;
  upper: boolean;
  /** Clitic readings of the key (arabic-clitics.ts); empty when the key is ''. */
  variants: KeyVariant[];
}

/** Bounded like the other per-word memos: 2,000 articles hold ~90k written forms. */
const seen = new SpanTable<WordFacts>(150000);

/** Folds the characters of one written word (inner apostrophes and marks dropped) and reads its case. */
function wordFacts(word: string): WordFacts {
  /** Built lazily: stays null while every character folds to itself, then the key is the word. */
  let key: string | null = null;
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < word.length; i++) {
    const cc = word.charCodeAt(i);
    const k = classOf(cc);
    if (k === WORD) {
      if (cc < 128) {
        if (cc >= 65 && cc <= 90) hasUpper = true;
        else if (cc >= 97 && cc <= 122) hasLower = true;
      } else if (cc < 0x0600 || cc >= 0x0700) {
        const ch = word[i];
        if (ch !== ch.toLowerCase()) hasUpper = true;
        else if (ch !== ch.toUpperCase()) hasLower = true;
      }
      const f = fold(cc);
      if (key !== null) key += f;
      else if (f.length !== 1 || f.charCodeAt(0) !== cc) key = word.slice(0, i) + f;
    } else if (key === null) key = word.slice(0, i); // a mark or an inner apostrophe: dropped from the key
  }
  let end = word.length;
  while (end > 0 && classOf(word.charCodeAt(end - 1)) === MARK) end--;
  const folded = key ?? word;
  const arabic = isArabicLetterCode(word.charCodeAt(0));
  // A French elision (d'Ivoire, l'Artibonite) is capitalised by the letter after the apostrophe.
  const elided = word.length > 2 && (word[0] === 'd' || word[0] === 'l') && isApostrophe(word.charCodeAt(1));
  const first = word[elided ? 2 : 0];
  return {
    key: folded,
    trim: word.length - end,
    arabic,
    cap: !arabic && hasUpper && first !== first.toLowerCase(),
    upper: !arabic && hasUpper && !hasLower,
    variants: folded ? cliticVariants(folded) : [],
  };
}

let lastText: string | null = null;
let lastTokens: Token[] = [];

/** Stored in a surface's slots when some unit of it is not a word character here (an unlisted mark). */
const NOT_A_WORD = { key: '' };

/** The facts of the word that starts at `i` if it is exactly the trigger matcher's token `w` (same span), else null.
 * It is when every unit of the surface is a word character or mark here, the first a word character (memoised in
 * the surface's slots), and the character after it does not continue the word (a mark, a digit glued to letters,
 * an apostrophe: those words take the character scan). */
function sameWord(text: string, w: WordToken, i: number): WordFacts | null {
  if (w.start !== i) return null;
  const after = w.end < text.length ? text.charCodeAt(w.end) : -1;
  if (after >= 0 && (classOf(after) !== OTHER || isApostrophe(after))) return null;
  let facts = w.slots.gazetteer as WordFacts | typeof NOT_A_WORD | null;
  if (facts === null) {
    facts = allWordUnits(w.surface) ? wordFacts(w.surface) : NOT_A_WORD;
    w.slots.gazetteer = facts;
  }
  return facts === NOT_A_WORD ? null : (facts as WordFacts);
}

function allWordUnits(surface: string): boolean {
  if (classOf(surface.charCodeAt(0)) !== WORD) return false;
  for (let k = 1; k < surface.length; k++) if (classOf(surface.charCodeAt(k)) === OTHER) return false;
  return true;
}

/** Tokenizes once per text: the gazetteer and the actor matcher usually run on the same article back to back. A
 * word is found by character classes alone; what it folds to is looked up by its span (computed once per form). */
export function tokenize(text: string): Token[] {
  if (text === lastText) return lastTokens;
  const tokens: Token[] = [];
  const variants: KeyVariant[][] = [];
  const n = text.length;
  // A word that folds to a key becomes a token (its trailing marks trimmed from the span).
  const keep = (facts: WordFacts, start: number, end: number) => {
    if (!facts.key) return;
    variants.push(facts.variants);
    tokens.push({
      start,
      end: end - facts.trim,
      key: facts.key,
      arabic: facts.arabic,
      cap: facts.cap,
      upper: facts.upper,
    });
  };
  // The trigger matcher's tokens of the same text, when it has just read it: their spans are walked in step.
  const words = lastTokenization(text);
  let w = 0;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    if (words) {
      while (w < words.length && words[w].start < i) w++;
      const facts = w < words.length ? sameWord(text, words[w], i) : null;
      if (facts) {
        i = words[w].end;
        keep(facts, start, i);
        continue;
      }
    }
    // The span's hash (SpanTable.hash) is built while the word is scanned: one pass over its characters.
    let hash = SpanTable.HASH_SEED;
    for (; i < n; i++) {
      const cc = text.charCodeAt(i);
      const k = classOf(cc);
      if (k !== WORD && k !== MARK) {
        if (!isApostrophe(cc) || i + 1 >= n || classOf(text.charCodeAt(i + 1)) !== WORD) break;
        // Ma'arrat joins (normalizeKey drops the apostrophe); Aleppo's ends the word before the possessive.
        const next = text.charCodeAt(i + 1);
        if ((next === 115 || next === 83) && (i + 2 >= n || classOf(text.charCodeAt(i + 2)) !== WORD)) break;
      }
      hash = SpanTable.step(hash, cc);
    }
    let facts = seen.getSpan(text, start, i, hash);
    if (!facts) {
      const word = text.slice(start, i);
      seen.set(word, (facts = wordFacts(word)));
    }
    keep(facts, start, i);
  }
  rememberVariants(tokens, variants);
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

/** Original-text offset of the `k`-th key character of a token (for spans that drop an Arabic proclitic). */
export function offsetOfKeyIndex(text: string, token: Token, k: number): number {
  let produced = 0;
  for (let i = token.start; i < token.end; i++) {
    if (produced >= k) return i;
    produced += foldChar(text.charCodeAt(i)).length;
  }
  return token.end;
}
