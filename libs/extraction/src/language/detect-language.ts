// Language identification by script and stop-word profiles. Only ar and en have rules; other languages are
// recognised so they can be tagged and passed through without events instead of being misread as Arabic/English.
import { SpanTable } from '../text/span-table';
import { ARABIC_SCRIPT_PROFILES, LATIN_PROFILES } from './stopwords.data';

export interface LanguageGuess {
  language: string;
  confidence: number;
}

const PROFILES = { ...ARABIC_SCRIPT_PROFILES, ...LATIN_PROFILES };
const PROFILE_ORDER = Object.keys(PROFILES);
/** Every stop word → the bits (by PROFILE_ORDER) of the profiles listing it, looked up by the word's span in the
 * sample: one probe per word and no word sliced out. Only filled here, never past its limit. */
const PROFILE_WORDS = (() => {
  const masks = new Map<string, number>();
  PROFILE_ORDER.forEach((l, b) => {
    for (const w of PROFILES[l]) masks.set(w, (masks.get(w) ?? 0) | (1 << b));
  });
  const table = new SpanTable<number>(masks.size + 1);
  for (const [w, mask] of masks) table.set(w, mask);
  return table;
})();
const SCRIPT_LANGUAGE: Record<string, string> = { cyrillic: 'ru', hebrew: 'he', cjk: 'zh' };

/** Stop-word hits per profile (by PROFILE_ORDER) over the runs of letters of a lower-cased sample (the runs
 * text.split(/[^\p{L}]+/u).filter(Boolean) gives), and how many runs there are. */
function profileHits(lower: string): { hits: number[]; words: number } {
  const hits = new Array<number>(PROFILE_ORDER.length).fill(0);
  const n = lower.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    let hash = SpanTable.HASH_SEED;
    for (let k = letterLength(lower, i); k > 0; k = i < n ? letterLength(lower, i) : 0) {
      hash = SpanTable.step(hash, lower.charCodeAt(i));
      if (k === 2) hash = SpanTable.step(hash, lower.charCodeAt(i + 1));
      i += k;
    }
    if (i === start) {
      i++;
      continue;
    }
    words++;
    const mask = PROFILE_WORDS.getSpan(lower, start, i, hash);
    if (mask) for (let b = 0; b < PROFILE_ORDER.length; b++) if (mask & (1 << b)) hits[b]++;
  }
  return { hits, words };
}

function bestProfile(sample: { hits: number[]; words: number }, langs: string[]): LanguageGuess {
  const scores = langs.map((l) => ({ l, n: sample.hits[PROFILE_ORDER.indexOf(l)] }));
  scores.sort((a, b) => b.n - a.n);
  const [top, second] = scores;
  if (!top || top.n === 0) return { language: 'und', confidence: 0 };
  return {
    language: top.l,
    confidence: Math.min(1, (top.n - (second?.n ?? 0) + 1) / Math.max(3, sample.words * 0.15)),
  };
}

/** Letters per script in one pass over the character codes (same ranges as the script names say). */
function scriptCounts(sample: string): { name: string; n: number }[] {
  let arabic = 0;
  let latin = 0;
  let cyrillic = 0;
  let hebrew = 0;
  let cjk = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x41) continue;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f)) arabic++;
    else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) cjk++;
  }
  return [
    { name: 'arabic', n: arabic },
    { name: 'latin', n: latin },
    { name: 'cyrillic', n: cyrillic },
    { name: 'hebrew', n: hebrew },
    { name: 'cjk', n: cjk },
  ];
}

/** 1: a letter (\p{L}), 2: not, 0: not classed yet; per UTF-16 unit, filled on first sight. */
const LETTER_CLASS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

function letterLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = LETTER_CLASS[c];
    if (k === 0) LETTER_CLASS[c] = k = LETTER.test(text[i]) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  const cp = text.codePointAt(i) ?? c;
  return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** Up to this many words, a Latin text without any profile's stop words is read as English. */
const SHORT_TEXT_WORDS = 15;

/** Guesses the language of a text from a sample of its first ~4,000 characters. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000);
  const counts = scriptCounts(sample);
  counts.sort((a, b) => b.n - a.n);
  const top = counts[0];
  if (!top || top.n < 3) return { language: 'und', confidence: 0 };
  const words = profileHits(sample.toLowerCase());
  if (top.name === 'arabic') {
    // Letters Arabic does not use mark Persian and Urdu even in short texts.
    if (/[ٹڈڑںےہ]/.test(sample)) return { language: 'ur', confidence: 0.9 };
    const guess = bestProfile(words, Object.keys(ARABIC_SCRIPT_PROFILES));
    if (guess.language === 'und')
      return /[پچژگک]/.test(sample) ? { language: 'fa', confidence: 0.6 } : { language: 'ar', confidence: 0.5 };
    return guess;
  }
  if (top.name === 'latin') {
    const guess = bestProfile(words, Object.keys(LATIN_PROFILES));
    // "Gunmen killed three people near Kirkuk.": a headline-short Latin text may hold no stop word of any profile;
    // English is the likeliest reading (with a low confidence), a long text without one is no language we know.
    return guess.language === 'und' && words.words <= SHORT_TEXT_WORDS ? { language: 'en', confidence: 0.2 } : guess;
  }
  return { language: SCRIPT_LANGUAGE[top.name] ?? 'und', confidence: 0.8 };
}
