// How a word reads as a trigger's word: through its stems (a plural verb's alif restored before a pronoun), and as a
// verb only with a conjunction or future prefix, never after a preposition nor as a past form after أنّ / إنّ.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

const VERB_PREFIXES = new Set(['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل']);
/** ل + a verb is only the imperfect ("ليطالب"): ل before a past-tense form marks its masdar ("لبحث", "لطلب التعليق"). */
const IMPERFECT_PREFIX = /^[يتن]/;
/** A finite verb never follows a preposition directly: "في طلب الحق", "عند طلب النجدة" are masdars. عن and على are
 * left out: after "أسفر عن", "كشف عن", "أقدم على" the masdar reports the event itself ("أسفر عن ضبطهما"). */
const PREPOSITIONS = new Set('في عند حول لدى لدي دون منذ'.split(' '));

/** What is written before the stem (less its last letter, which a pronoun may change: سيطرته → سيطره) in the word,
 * or null when the stem is not in it. */
export function prefixOf(token: Token, stem: string): string | null {
  const at = indexOfHead(token.norm, stem);
  return at < 0 ? null : token.norm.slice(0, at);
}

/** norm.indexOf(stem.slice(0, -1)) without slicing the stem: this runs for every reading of every trigger word. */
function indexOfHead(norm: string, stem: string): number {
  const len = Math.max(0, stem.length - 1);
  for (let at = 0; at + len <= norm.length; at++) if (headAt(norm, at, stem, len)) return at;
  return -1;
}

function headAt(norm: string, at: number, stem: string, len: number): boolean {
  for (let k = 0; k < len; k++) if (norm.charCodeAt(at + k) !== stem.charCodeAt(k)) return false;
  return true;
}

/** A plural verb loses its final alif before an object pronoun (اتهموا + ها → اتهموها): restore it on such stems. */
export function withAlif(token: Token): string[] {
  // Fast exit (this runs for every candidate word): the norm needs a و followed by a 1–3 letter pronoun.
  const w = token.norm.lastIndexOf('و');
  if (!token.isArabic || w < 2 || w === token.norm.length - 1 || token.norm.length - w > 4) return token.stems;
  let out: string[] | null = null;
  for (const s of token.stems)
    if (s.endsWith('و') && s.length >= 3 && token.norm.length > s.length && !token.norm.endsWith(s)) {
      out ??= [...token.stems];
      out.push(`${s}ا`);
    }
  return out ?? token.stems;
}

export function wordMatches(token: Token, word: string): boolean {
  return token.norm === word || withAlif(token).includes(word);
}

/** Whether token i can be the verb `stem`: only conjunction/future prefixes and, for a lone verb word, ل only on
 * an imperfect and no preposition right before it (then it is the homographic masdar). Longer phrases listed with
 * the verbs are often masdar phrases already ("لاستدعاء سفيرها", "منذ إعادة فتح المطار"). `p`: prefixOf(tokens[i], stem). */
export function verbReading(tokens: Token[], i: number, stem: string, p: string | null, lone: boolean): boolean {
  if (p === null || !VERB_PREFIXES.has(p)) return false;
  if (!lone) return true;
  if (p.endsWith('ل') && !IMPERFECT_PREFIX.test(stem)) return false;
  if (p === '' && !IMPERFECT_PREFIX.test(stem) && afterAnna(tokens, i)) return false;
  return !(p === '' && i > 0 && PREPOSITIONS.has(tokens[i - 1].norm));
}

/** أنّ / إنّ (folded ان, with و ف ل before it) govern a noun, never a bare past verb: "مشددا على أن طلب الحجوزات
 * ارتفع" (the demand for bookings), "قال إن طالب الصيدلة" (a student). Only the particle أنْ takes a past verb, after
 * its own heads ("بعد أن طلب", "سبق أن طالب", "منذ أن", "بأن سيطر على بضع بلدات"). */
const ANNA = new Set(['ان', 'وان', 'فان', 'لان']);
const AN_HEADS = new Set(
  ['بعد', 'وبعد', 'قبل', 'وقبل', 'منذ', 'ومنذ', 'إلى', 'الى', 'حتى', 'سبق', 'وسبق', 'يسبق', 'ما'].map(foldWord),
);
function afterAnna(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !ANNA.has(prev.norm)) return false;
  const head = tokens[i - 2];
  return !head || !AN_HEADS.has(head.norm);
}
