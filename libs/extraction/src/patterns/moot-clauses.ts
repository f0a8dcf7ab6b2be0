// Clauses that govern a trigger as something not (yet) happened: a schedule or expectation ("من المقرر أن"), a hope
// ("يأمل", "نتمنى") or a fear ("مخاوف من أن"). Used by background-cues.ts; Arabic only, as their words are.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { foldedSet, hasWord } from '../text/word-sets';

/** أن (and وأن) after a frame word: what follows is the frame's content. */
export const THAT = foldedSet(['ان', 'وان']);

// "ومن المقرر أن تعقد اللجنة المشتركة بين البلدين اجتماعا", "ومن المتوقع أن يصل الوزير ... ويلتقي": a schedule or an
// expectation with أن governs its whole clause, however far the trigger stands after it.
const SCHEDULED = foldedSet(['المقرر', 'المتوقع', 'المنتظر', 'المزمع', 'ينتظر', 'يتوقع']);
const SCHEDULE_REACH = 15;

export function scheduledClause(tokens: Token[], trigger: number, clauseFirst: number): string | null {
  if (!tokens[trigger].isArabic) return null;
  for (let k = trigger - 2; k >= Math.max(clauseFirst, trigger - SCHEDULE_REACH); k--)
    if (SCHEDULED.has(tokens[k].norm) && THAT.has(tokens[k + 1].norm)) return `intent:${tokens[k].norm}`;
  return null;
}

/** Verbs of hoping and wishing: what follows in their clause is wished for, not reported ("يأمل المواطنون خيرا بهبوط
 * أول طائرة محملة بالمواد الإغاثية", "نتمنى أن تعود الطائرات محملة بالجرحى"), up to 14 words on in its clause. */
const HOPE = new Set(
  ['يأمل', 'تأمل', 'يأملون', 'نأمل', 'آمل', 'يتمنى', 'تتمنى', 'نتمنى', 'أتمنى', 'يتمنون'].map(foldWord),
);
const HOPE_REACH = 14;

/** A hoping verb as written or after a conjunction ("ويأمل", "فنأمل"): other clitics make other words ("كامل" is
 * complete, not ك + آمل). */
function hopes(t: Token): boolean {
  if (HOPE.has(t.norm)) return true;
  return (t.norm.startsWith('و') || t.norm.startsWith('ف')) && t.stems.some((st) => HOPE.has(st));
}

/** A verb of hoping up to HOPE_REACH words before the trigger, in its clause. */
export function hopedClause(tokens: Token[], trigger: number, clauseFirst: number): string | null {
  for (let k = trigger - 1; k >= Math.max(clauseFirst, trigger - HOPE_REACH); k--)
    if (hopes(tokens[k])) return `intent:${tokens[k].norm}`;
  return null;
}

// Words of fear: "مخاوف من أن", "يتخوف مختصون أن", "خشية أن". What is feared is not (yet) a happening.
const FEAR = foldedSet([
  'مخاوف',
  'المخاوف',
  'خشية',
  'يخشى',
  'تخشى',
  'يخشون',
  'نخشى',
  'أخشى',
  'يتخوف',
  'تتخوف',
  'يتخوفون',
  'تخوف',
  'التخوف',
  'خوفا',
  'الخوف',
]);
// How far أن may follow the fear word ("مخاوف متزايدة من أن") and the trigger may follow the fear word.
const FEAR_TO_THAT = 3;
// "بعد أن", "قبل أن", "منذ أن": أن after a word of time dates a happening; it is no feared "that".
const TIME_THAT = foldedSet(['بعد', 'قبل', 'منذ', 'عقب', 'حتى', 'إلى']);
const FEAR_REACH = 20;

/** "لدى القيادات مخاوف متزايدة من أن تشهد صنعاء عمليات عسكرية كبيرة إلى جانب غارات", "يتخوف مختصون أن يقوم
 * التنظيم بتنفيذ هجمات": an Arabic trigger after أن that follows (within three words) a word of fear, in its clause
 * and within twenty words of that word, is what is feared, not reported. A fear word without that أن ("مخاوف إزاء
 * القصف", "مخاوفهم بعد أن قصفت الطائرات") frames nothing. The caller applies it to material acts only:
 * a statement or a meeting named in the feared clause is still reported. */
export function fearedClause(tokens: Token[], trigger: number, clauseFirst: number): string | null {
  if (!tokens[trigger].isArabic) return null;
  for (let k = trigger - 1; k >= Math.max(clauseFirst + 1, trigger - FEAR_REACH); k--) {
    if (!THAT.has(tokens[k].norm) || hasWord(tokens[k - 1], TIME_THAT)) continue;
    for (let f = k - 1; f >= Math.max(clauseFirst, k - FEAR_TO_THAT, trigger - FEAR_REACH); f--)
      if (hasWord(tokens[f], FEAR)) return `feared:${tokens[f].norm}`;
  }
  return null;
}
