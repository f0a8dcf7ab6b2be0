// Reads counts from tokens: ASCII and Arabic-Indic digits with separators, Arabic number words (both genders,
// compounds such as خمسة وعشرون, hundreds, thousands), English number words, vague plurals (عشرات, dozens) and
// the singular/dual people nouns that carry a count by themselves (شخص = 1, طفلان = 2).
import { foldWord, type Token } from '../text/tokenize';
import {
  AR_HUNDREDS,
  AR_MULTIPLIERS,
  AR_TENS,
  AR_UNITS,
  AR_VAGUE,
  EN_MULTIPLIERS,
  EN_TENS,
  EN_UNITS,
  EN_VAGUE,
  QUALIFIERS,
} from './number-words.data';
import { AR_PERSON_DUAL, AR_PERSON_SINGULAR, EN_PERSON_SINGULAR } from './person-nouns.data';

export interface NumberMention {
  /** Token indices, inclusive first, exclusive end. */
  first: number;
  end: number;
  value: number;
  approximate: boolean;
  /** A qualifier in front ("at least", "نحو"), folded, or null. */
  qualifier: string | null;
}

const SINGULAR = new Set([...AR_PERSON_SINGULAR, ...EN_PERSON_SINGULAR].map(foldWord));
const DUAL = new Set(AR_PERSON_DUAL.map(foldWord));
const QUALIFIER_WORDS = QUALIFIERS.map((q) => q.split(' ').map(foldWord));

/** The word without a conjunction و (so وعشرين reads as عشرين). */
function bare(t: Token): string {
  return t.isArabic && t.norm.length > 2 && t.norm.startsWith('و') ? t.norm.slice(1) : t.norm;
}

function digitValue(norm: string): number | null {
  // 13,346 / 13٬346 are thousands; 2.5 / 2٫5 is a decimal.
  const clean = norm.replace(/[,\u066c]/g, '').replace(/\u066b/g, '.');
  const v = Number(clean);
  return Number.isFinite(v) ? v : null;
}

type WordKind = 'unit' | 'ten' | 'hundred' | 'mult' | 'vague';
const WORDS = new Map<string, { value: number; kind: WordKind }>();
const tables: [Record<string, number>, WordKind][] = [
  [AR_UNITS, 'unit'],
  [EN_UNITS, 'unit'],
  [AR_TENS, 'ten'],
  [EN_TENS, 'ten'],
  [AR_HUNDREDS, 'hundred'],
  [AR_MULTIPLIERS, 'mult'],
  [EN_MULTIPLIERS, 'mult'],
  [AR_VAGUE, 'vague'],
  [EN_VAGUE, 'vague'],
];
for (const [table, kind] of tables)
  for (const [w, value] of Object.entries(table)) WORDS.set(foldWord(w), { value, kind });

function wordValue(w: string): { value: number; kind: WordKind } | null {
  return WORDS.get(w) ?? null;
}

function qualifierBefore(tokens: Token[], i: number): { first: number; text: string } | null {
  for (const words of QUALIFIER_WORDS) {
    const first = i - words.length;
    if (first < 0) continue;
    if (words.every((w, k) => bare(tokens[first + k]) === w || tokens[first + k].norm === w))
      return { first, text: words.join(' ') };
  }
  return null;
}

/** All counts in the token list, in order. */
export function readNumbers(tokens: Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    let value: number | null = null;
    let approximate = false;
    let j = i;
    if (t.isNumber) {
      value = digitValue(t.norm);
      j = i + 1;
    } else {
      // "وثلاثة جنود": a number word may carry the conjunction و.
      const first = wordValue(t.norm) ?? wordValue(bare(t));
      if (first) {
        // آلاف / ملايين / thousands alone are vague plurals, not "1000".
        const vagueAlone = first.kind === 'mult' && /^(الاف|ملايين)$/.test(t.norm);
        value = vagueAlone ? first.value * 2 : first.value;
        approximate = first.kind === 'vague' || vagueAlone;
        j = i + 1;
        // Compounds: خمسة وعشرون, twenty five, مئة وخمسون, أحد عشر, twenty-five.
        while (j < tokens.length) {
          const w =
            wordValue(bare(tokens[j])) ?? (tokens[j].norm === 'and' ? { value: 0, kind: 'unit' as const } : null);
          if (!w) break;
          if (tokens[j].norm === 'and') {
            j++;
            continue;
          }
          if (w.kind === 'mult') value *= w.value;
          else if (tokens[j].norm === 'dozen' && value < 12)
            value *= 12; // two dozen
          else if (w.kind === 'hundred' && w.value === 100 && value < 10)
            value *= 100; // ثلاث مئة
          else if (w.kind === 'unit' && w.value === 10 && value < 10)
            value += 10; // أحد عشر
          else if (w.kind === 'vague') break;
          else value += w.value;
          j++;
        }
      } else if (t.norm === 'half' && (tokens[i + 1]?.norm === 'a' || tokens[i + 1]?.norm === 'an')) {
        // "half a dozen", "half a million": half of the multiplier word after the article.
        const w = tokens[i + 2] && wordValue(tokens[i + 2].norm);
        if (w && (w.kind === 'mult' || tokens[i + 2].norm === 'dozen')) {
          value = w.value / 2;
          j = i + 3;
        }
      } else if (t.norm === 'a' || t.norm === 'an') {
        const w = tokens[i + 1] && wordValue(tokens[i + 1].norm);
        if (w && (w.kind === 'mult' || tokens[i + 1].norm === 'dozen')) {
          value = w.value;
          j = i + 2;
        }
      }
    }
    if (value === null) {
      i++;
      continue;
    }
    // A multiplier word after digits: 5 آلاف, 2.5 million.
    if (t.isNumber && tokens[j]) {
      const w = wordValue(bare(tokens[j]));
      if (w?.kind === 'mult') {
        value *= w.value;
        j++;
      }
    }
    const q = qualifierBefore(tokens, i);
    out.push({
      first: q?.first ?? i,
      end: j,
      value: Math.round(value),
      approximate: approximate || !!q,
      qualifier: q?.text ?? null,
    });
    i = j;
  }
  return out;
}

/** The numbers of tokens [from, to), with first/end as indices into `tokens` (not into the range). */
export function readNumbersIn(tokens: Token[], from: number, to: number): NumberMention[] {
  return readNumbers(tokens.slice(from, to)).map((n) => ({ ...n, first: n.first + from, end: n.end + from }));
}

/** The count a people noun carries by itself: 1 for a singular (شخص, soldier), 2 for a dual (طفلان), else null. */
export function countInNoun(t: Token): number | null {
  const w = bare(t);
  if (DUAL.has(w) || DUAL.has(t.norm)) return 2;
  if (SINGULAR.has(w) || SINGULAR.has(t.norm)) return 1;
  return null;
}
