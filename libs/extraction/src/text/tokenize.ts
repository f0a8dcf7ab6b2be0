// Tokenizer shared by every stage: words and numbers with their offsets in the original text, a folded form,
// and clitic-stripped stem candidates so lexicons can list bare forms (قصف) and still match وبالقصف.
import { normalizeText, isIgnorable } from './normalize';

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

/** Folds a word as lexicons store it: normalized letters, no diacritics, lowercase. */
export function foldWord(word: string): string {
  let out = '';
  for (const ch of normalizeText(word)) if (!isIgnorable(ch)) out += ch;
  return out;
}

/** Clitic-stripped stem candidates for an Arabic word, ordered by how much was stripped. */
export function arabicStems(norm: string, taMarbuta = false): string[] {
  const found: { stem: string; cost: number }[] = [{ stem: norm, cost: 0 }];
  for (const p of ['', ...AR_PREFIXES]) {
    if (!norm.startsWith(p)) continue;
    const rest = norm.slice(p.length);
    if (rest.length < 2) continue;
    for (const s of ['', ...AR_SUFFIXES]) {
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

/** Splits text into word and number tokens with original offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const start = m.index ?? 0;
    const norm = foldWord(surface);
    if (!norm) continue;
    const isNumber = /^[0-9]/.test(norm);
    const isArabic = ARABIC.test(surface);
    const stems = isNumber ? [norm] : isArabic ? arabicStems(norm, /ة[\u064B-\u065F]*$/.test(surface)) : [norm];
    tokens.push({ start, end: start + surface.length, surface, norm, stems, isNumber, isArabic });
  }
  return tokens;
}
