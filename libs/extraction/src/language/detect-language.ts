// Language identification by script and stop-word profiles. Only ar and en have rules; other languages are
// recognised so they can be tagged and passed through without events instead of being misread as Arabic/English.
import { ARABIC_SCRIPT_PROFILES, LATIN_PROFILES } from './stopwords.data';

export interface LanguageGuess {
  language: string;
  confidence: number;
}

const PROFILE_SETS = Object.fromEntries(
  [...Object.entries(ARABIC_SCRIPT_PROFILES), ...Object.entries(LATIN_PROFILES)].map(([k, v]) => [k, new Set(v)]),
);
const SCRIPT_LANGUAGE: Record<string, string> = { cyrillic: 'ru', hebrew: 'he', cjk: 'zh' };

function bestProfile(words: string[], langs: string[]): LanguageGuess {
  const sets = langs.map((l) => PROFILE_SETS[l]);
  const hits = new Array<number>(langs.length).fill(0);
  for (const w of words) for (let k = 0; k < sets.length; k++) if (sets[k].has(w)) hits[k]++;
  const scores = langs.map((l, k) => ({ l, n: hits[k] }));
  scores.sort((a, b) => b.n - a.n);
  const [top, second] = scores;
  if (!top || top.n === 0) return { language: 'und', confidence: 0 };
  return {
    language: top.l,
    confidence: Math.min(1, (top.n - (second?.n ?? 0) + 1) / Math.max(3, words.length * 0.15)),
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

/** The runs of letters of a text: what text.split(/[^\p{L}]+/u).filter(Boolean) gives, without the regex. */
function letterRuns(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    for (let k = letterLength(text, i); k > 0; k = i < text.length ? letterLength(text, i) : 0) i += k;
    if (i > start) out.push(text.slice(start, i));
    else i++;
  }
  return out;
}

/** Guesses the language of a text from a sample of its first ~4,000 characters. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000);
  const counts = scriptCounts(sample);
  counts.sort((a, b) => b.n - a.n);
  const top = counts[0];
  if (!top || top.n < 3) return { language: 'und', confidence: 0 };
  const words = letterRuns(sample.toLowerCase());
  if (top.name === 'arabic') {
    // Letters Arabic does not use mark Persian and Urdu even in short texts.
    if (/[ٹڈڑںےہ]/.test(sample)) return { language: 'ur', confidence: 0.9 };
    const guess = bestProfile(words, Object.keys(ARABIC_SCRIPT_PROFILES));
    if (guess.language === 'und')
      return /[پچژگک]/.test(sample) ? { language: 'fa', confidence: 0.6 } : { language: 'ar', confidence: 0.5 };
    return guess;
  }
  if (top.name === 'latin') return bestProfile(words, Object.keys(LATIN_PROFILES));
  return { language: SCRIPT_LANGUAGE[top.name] ?? 'und', confidence: 0.8 };
}
