// Tokenizer shared by every stage: words and numbers with their offsets in the original text, a folded form,
// and clitic-stripped stem candidates so lexicons can list bare forms (قصف) and still match وبالقصف.
import { arabicWordStems } from './arabic-stems';
import { isIgnorable, normalizeChar } from './normalize';
import { SpanTable } from './span-table';
import { isDigit, letterAt, numberEnd } from './word-runs';

export interface Token {
  /** Offsets into the original text (end exclusive). */
  start: number;
  end: number;
  surface: string;
  /** Folded form: normalizeText without diacritics/tatweel. */
  norm: string;
  /** Candidate stems, least stripped first (the first is always `norm`). */
  stems: string[];
  isNumber: boolean;
  isArabic: boolean;
  /** Glued to the previous token by a hyphen ("anti-ship", "60-day"), or the next letter of a dotted initialism
   * ("U.N.", "U.S."): one word with it for phrase gaps ("dismissed the U.N. criticism" is one word of gap). */
  joined: boolean;
  /** Answers memoised for this surface by later stages (shared by every token of the same surface). */
  slots: WordSlots;
}

/** Per-surface answers of later stages, filled on first use: each is a pure function of the surface (and, for the
 * trigger start, of the trigger index it was asked for). */
export interface WordSlots {
  /** Genre list rank (context/article-genre.ts); RANK_UNSET until asked. */
  genreRank: number;
  /** Opinion-cue class (context/opinion-cues.ts); RANK_UNSET until asked. */
  opinionClass: number;
  /** Whether some reading is a casualty cue word (assemble/counts/count-pairs.ts): 1 or 0, RANK_UNSET until asked. */
  countCue: number;
  /** Mourning-formula bits of the word (context/eulogy.ts), RANK_UNSET until asked. */
  eulogyCue: number;
  /** Health-day bits of the word (assemble/filters/arabic-public-appeals.ts), RANK_UNSET until asked. */
  healthDayCue: number;
  /** Hedge, accident and denial bits of the word (patterns/context-cues.ts), RANK_UNSET until asked. */
  clauseCue: number;
  /** The trigger index startsTrigger answers for (patterns/match-triggers.ts), null until asked. */
  triggerIndex: object | null;
  startsTrigger: boolean;
  /** The trigger index restReadings answers for (patterns/match-triggers.ts), null until asked. */
  restIndex: object | null;
  restReadings: readonly string[];
  /** What the gazetteer tokenizer reads from this surface (gazetteer/tokenize.ts), null until asked. */
  gazetteer: object | null;
}

export const RANK_UNSET = -2;
const NO_WORDS: readonly string[] = [];

const newSlots = (): WordSlots => ({
  genreRank: RANK_UNSET,
  opinionClass: RANK_UNSET,
  countCue: RANK_UNSET,
  eulogyCue: RANK_UNSET,
  healthDayCue: RANK_UNSET,
  clauseCue: RANK_UNSET,
  triggerIndex: null,
  startsTrigger: false,
  restIndex: null,
  restReadings: NO_WORDS,
  gazetteer: null,
});

/** Any letter of the Arabic block: the test for an Arabic word, or for evidence written in Arabic. */
export const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Fold of each UTF-16 unit, filled on first use: what normalizeText + isIgnorable give for it alone, except the
 * lam-alef ligatures below. */
const FOLD: (string | undefined)[] = new Array<string | undefined>(0x10000);
// The lam-alef ligatures of presentation-form text (ﻻ ﻼ ﻷ ﻹ ﻵ …, U+FEF5–U+FEFC): the offset-keeping
// foldPresentationForms leaves them as they are, being two letters in one, so a word's fold spells them out
// ("ﺍﺳﺘﺴﻼﻣﻬﻢ" reads استسلامهم); the token's surface and offsets stay those of the text.
const LAM_ALEF_FIRST = 0xfef5;
const LAM_ALEF_LAST = 0xfefc;

function foldUnit(c: number, ch: string): string {
  let f = FOLD[c];
  if (f === undefined) {
    f = '';
    if (c >= LAM_ALEF_FIRST && c <= LAM_ALEF_LAST) f = 'لا';
    else for (const x of normalizeChar(ch).toLowerCase()) if (!isIgnorable(x)) f += x;
    FOLD[c] = f;
  }
  return f;
}

/** Folds a word as lexicons store it: normalized letters, no diacritics, lowercase. */
export function foldWord(word: string): string {
  /** Built lazily: stays null while every unit folds to itself, then the result is the word itself. */
  let out: string | null = null;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Surrogates (astral characters) pass through normalizeText untouched and are never ignorable.
    const f = c >= 0xd800 && c <= 0xdfff ? word[i] : foldUnit(c, word[i]);
    if (out !== null) out += f;
    else if (f.length !== 1 || f.charCodeAt(0) !== c) out = word.slice(0, i) + f;
  }
  return out ?? word;
}

/** What a token's fields are for one surface form: a pure function of the surface, so memoised across texts. */
interface WordInfo {
  surface: string;
  norm: string;
  stems: string[];
  isNumber: boolean;
  isArabic: boolean;
  slots: WordSlots;
}

/** Per surface (looked up by its span in the text, no substring made): bounded, since 2,000 articles hold ~93k
 * surfaces and rare words come and go. null: the surface folds to nothing (marks only). */
const words = new SpanTable<WordInfo | null>(150000);

function wordInfo(text: string, start: number, end: number, hash = SpanTable.hash(text, start, end)): WordInfo | null {
  let info = words.getSpan(text, start, end, hash);
  if (info !== undefined) return info;
  const surface = text.slice(start, end);
  const norm = foldWord(surface);
  if (!norm) info = null;
  else {
    const isNumber = /^[0-9]/.test(norm);
    const isArabic = ARABIC_SCRIPT.test(surface);
    const stems = !isNumber && isArabic ? arabicWordStems(surface, norm) : [norm];
    info = { surface, norm, stems, isNumber, isArabic, slots: newSlots() };
  }
  words.set(surface, info);
  return info;
}

let lastText: string | null = null;
let lastTokens: readonly Token[] = [];

/** The tokens of `text` if it is the text tokenized last (the gazetteer tokenizer reads the same article right after
 * assembleEvents did: it reuses these word spans instead of looking every word up again), else null. */
export function lastTokenization(text: string): readonly Token[] | null {
  return text === lastText ? lastTokens : null;
}

/** The token after `prev` is the next capital of a dotted initialism: "N" of "U.N.", "S" of "U.S." (`prev` a lone
 * capital, then a full stop, then a lone capital). */
function initialism(text: string, prev: Token, i: number, end: number): boolean {
  return end - i === 1 && text[i - 1] === '.' && /^[A-Z]$/.test(text[i]) && /^[A-Z]$/.test(prev.surface);
}

/** Splits text into word and number tokens with original offsets. Tokens of the same surface share their `stems`
 * array (memoised): callers must not mutate it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let end: number;
    let hash: number | undefined;
    if (isDigit(text, i)) end = numberEnd(text, i);
    else {
      // A letter run, hashed (SpanTable.hash) while it is scanned: words are most tokens.
      end = i;
      hash = SpanTable.HASH_SEED;
      for (let k = letterAt(text, end); k > 0; k = end < n ? letterAt(text, end) : 0) {
        hash = SpanTable.step(hash, text.charCodeAt(end));
        if (k === 2) hash = SpanTable.step(hash, text.charCodeAt(end + 1));
        end += k;
      }
    }
    if (end === i) {
      i++;
      continue;
    }
    const info = wordInfo(text, i, end, hash);
    if (info) {
      const { surface, norm, stems, isNumber, isArabic, slots } = info;
      const prev = tokens.length ? tokens[tokens.length - 1] : null;
      const joined =
        prev !== null && prev.end === i - 1 && (text.charCodeAt(i - 1) === 0x2d || initialism(text, prev, i, end));
      tokens.push({ start: i, end, surface, norm, stems, isNumber, isArabic, joined, slots });
    }
    i = end;
  }
  lastText = text;
  lastTokens = tokens.slice();
  return tokens;
}
