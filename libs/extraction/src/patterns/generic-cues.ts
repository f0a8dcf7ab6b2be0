// Framing that makes a trigger an aim, a permission, a guess or a habit rather than a reported happening:
// "في محاولة للتقدم والاستيلاء" (in an attempt to take), "وافقت على السماح ... بشن ضربات" (agreed to allow
// strikes), "ربما استكمال الحصار" (perhaps to complete the siege), "هجمات شبه يومية" (near-daily attacks).
// Codebook: intentions, forecasts and generic or habitual statements are not events.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

const set = (words: string[]) => new Set(words.map(foldWord));

const ATTEMPT = set(['محاولة', 'محاولات', 'attempt', 'bid']);
const IN = set(['في', 'in']);
const PERMIT = set(['السماح', 'بالسماح', 'allow', 'allowing', 'permit', 'permission']);
const GUESS = set(['ربما', 'لعل', 'perhaps', 'possibly']);
const HABITUAL = set(['يوميه', 'اليوميه', 'يوميا', 'المتكرره', 'daily', 'routinely', 'regularly']);
/** "have warned for months", "يطالب منذ سنوات": a stance held over a long span, not one happening. */
const SPAN_HEAD = set(['for', 'منذ']);
const LONG_SPAN = set(['months', 'years', 'decades', 'weeks', 'اشهر', 'سنوات', 'عقود', 'سنين', 'شهور', 'اعوام']);

/** Why the trigger at `trigger` is an aim, a permission, a guess or a habit, or null. Looks back ≤ 4 tokens and
 * ahead ≤ 2 within the clause. */
export function genericCue(tokens: Token[], trigger: number, clause: { first: number; end: number }): string | null {
  for (let k = trigger - 1; k >= Math.max(clause.first, trigger - 4); k--) {
    const t = tokens[k];
    if (ATTEMPT.has(t.norm) && k - 1 >= clause.first && IN.has(tokens[k - 1].norm)) return `attempt:${t.norm}`;
    if (PERMIT.has(t.norm)) return `permit:${t.norm}`;
    if (GUESS.has(t.norm)) return `guess:${t.norm}`;
  }
  for (let k = trigger + 1; k < Math.min(clause.end, trigger + 3); k++) {
    if (HABITUAL.has(tokens[k].norm)) return `habitual:${tokens[k].norm}`;
    if (SPAN_HEAD.has(tokens[k].norm) && k + 1 < clause.end && LONG_SPAN.has(tokens[k + 1].norm))
      return `span:${tokens[k + 1].norm}`;
  }
  return null;
}
