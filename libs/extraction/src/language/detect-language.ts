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
const SCRIPTS: [string, RegExp][] = [
  ['arabic', /[\u0600-\u06ff\u0750-\u077f]/g],
  ['latin', /[A-Za-z\u00c0-\u024f]/g],
  ['cyrillic', /[\u0400-\u04ff]/g],
  ['hebrew', /[\u0590-\u05ff]/g],
  ['cjk', /[\u3040-\u30ff\u4e00-\u9fff]/g],
];
const SCRIPT_LANGUAGE: Record<string, string> = { cyrillic: 'ru', hebrew: 'he', cjk: 'zh' };

function bestProfile(words: string[], langs: string[]): LanguageGuess {
  const scores = langs.map((l) => ({ l, n: words.filter((w) => PROFILE_SETS[l].has(w)).length }));
  scores.sort((a, b) => b.n - a.n);
  const [top, second] = scores;
  if (!top || top.n === 0) return { language: 'und', confidence: 0 };
  return {
    language: top.l,
    confidence: Math.min(1, (top.n - (second?.n ?? 0) + 1) / Math.max(3, words.length * 0.15)),
  };
}

/** Guesses the language of a text from a sample of its first ~4,000 characters. */
export function detectLanguage(text: string): LanguageGuess {
  const sample = text.slice(0, 4000);
  const counts = SCRIPTS.map(([name, re]) => ({ name, n: sample.match(re)?.length ?? 0 }));
  counts.sort((a, b) => b.n - a.n);
  const top = counts[0];
  if (!top || top.n < 3) return { language: 'und', confidence: 0 };
  const words = sample
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
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
