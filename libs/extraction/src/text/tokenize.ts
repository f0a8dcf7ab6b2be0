// Tokenizer shared by every stage: words and numbers with their offsets in the original text, a folded form,
// and clitic-stripped stem candidates so lexicons can list bare forms (قصف) and still match وبالقصف.
import { isIgnorable, normalizeChar } from './normalize';

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
}

const WORD =
  /[\p{L}\p{M}\u0640\u200c]+|[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*/gu;
const ARABIC = /[\u0600-\u06ff]/;

// Proclitics: conjunctions و ف, prepositions ب ل ك, the future marker س and the article ال, in legal orders.
const AR_PREFIXES = [
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'س',
  'ال',
  'وال',
  'فال',
  'بال',
  'كال',
  'لل',
  'ولل',
  'فلل',
  'وب',
  'ول',
  'فب',
  'فل',
  'وس',
  'فس',
  'وك',
  'وبال',
];
// Attached pronouns (enclitics), longest first. The first-person ي is left out: in news it is almost always the
// nisba ending (الاجتماعي "social", العسكري), and stripping it made الاجتماعي read as اجتماع (a meeting).
const AR_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];

/** Fold of each UTF-16 unit, filled on first use: exactly what normalizeText + isIgnorable give for it alone. */
const FOLD: (string | undefined)[] = new Array<string | undefined>(0x10000);

function foldUnit(c: number, ch: string): string {
  let f = FOLD[c];
  if (f === undefined) {
    f = '';
    for (const x of normalizeChar(ch).toLowerCase()) if (!isIgnorable(x)) f += x;
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

const PREFIX_OPTIONS = ['', ...AR_PREFIXES];
const SUFFIX_OPTIONS = ['', ...AR_SUFFIXES];

/** Clitic-stripped stem candidates for an Arabic word, ordered by how much was stripped. */
export function arabicStems(norm: string, taMarbuta = false): string[] {
  const found: { stem: string; cost: number }[] = [{ stem: norm, cost: 0 }];
  for (const p of PREFIX_OPTIONS) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    for (const s of SUFFIX_OPTIONS) {
      if (!p && !s) continue;
      if (!rest.endsWith(s)) continue;
      // A folded ة is not the pronoun ه: وزارة must not yield وزار / زار.
      if (taMarbuta && s === 'ه') continue;
      let stem = rest.slice(0, rest.length - s.length);
      if (stem.length < 2) continue;
      const cost = p.length + s.length;
      found.push({ stem, cost });
      // A ta marbuta becomes ت before a pronoun: سيطرته -> سيطره.
      if (s && stem.endsWith('ت')) {
        stem = stem.slice(0, -1) + 'ه';
        found.push({ stem, cost: cost + 0.5 });
      }
    }
  }
  found.sort((a, b) => a.cost - b.cost);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of found) {
    if (seen.has(f.stem)) continue;
    seen.add(f.stem);
    out.push(f.stem);
  }
  return out;
}

/** What a token's fields are for one surface form: a pure function of the surface, so memoised across texts. */
interface WordInfo {
  norm: string;
  stems: string[];
  isNumber: boolean;
  isArabic: boolean;
}

const TA_MARBUTA_END = /ة[\u064B-\u065F]*$/;
const words = new Map<string, WordInfo | null>();

function wordInfo(surface: string): WordInfo | null {
  let info = words.get(surface);
  if (info !== undefined) return info;
  if (words.size > 150000) words.clear(); // bounded (2,000 articles hold ~93k surfaces): rare words come and go
  const norm = foldWord(surface);
  if (!norm) info = null;
  else {
    const isNumber = /^[0-9]/.test(norm);
    const isArabic = ARABIC.test(surface);
    const stems = isNumber ? [norm] : isArabic ? arabicStems(norm, TA_MARBUTA_END.test(surface)) : [norm];
    info = { norm, stems, isNumber, isArabic };
  }
  words.set(surface, info);
  return info;
}

/** Splits text into word and number tokens with original offsets. Tokens of the same surface share their `stems`
 * array (memoised): callers must not mutate it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const surface = m[0];
    const start = m.index;
    const info = wordInfo(surface);
    if (!info) continue;
    const { norm, stems, isNumber, isArabic } = info;
    tokens.push({ start, end: start + surface.length, surface, norm, stems, isNumber, isArabic });
  }
  return tokens;
}
