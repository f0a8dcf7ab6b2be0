// Framing that makes a trigger an aim, a permission, a guess, a forecast, an ability or a habit rather than a
// reported happening: "في محاولة للتقدم والاستيلاء" (in an attempt to take), "وافقت على السماح ... بشن ضربات" (agreed
// to allow strikes), "ربما استكمال الحصار" (perhaps to complete the siege), "توقع أن يدعو" (expected to invite),
// "قادرة على شن" (able to launch), "هجمات شبه يومية" (near-daily attacks).
// Codebook: intentions, forecasts and generic or habitual statements are not events.
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

// "في محاولة للتقدم", "أثناء محاولته قيادة تعزيزات": the act attempted.
const ATTEMPT = foldedSet(['محاولة', 'محاولات', 'محاولته', 'محاولتها', 'محاولتهم', 'attempt', 'bid']);
const IN = foldedSet(['في', 'أثناء', 'خلال', 'لدى', 'عند', 'in']);
const PERMIT = foldedSet(['السماح', 'بالسماح', 'allow', 'allowing', 'permit', 'permission']);
const GUESS = foldedSet(['ربما', 'لعل', 'perhaps', 'possibly']);
const HABITUAL = foldedSet(['يوميه', 'اليوميه', 'يوميا', 'المتكرره', 'daily', 'routinely', 'regularly']);
/**
 * "يقصفون المدنيين بشكل يومي", "بصورة شبه يومية": a manner phrase of habit, a few words after the trigger. Not
 * "بشكل مستمر": shelling that goes on ("تتعرض للقصف بشكل مستمر") is today's news as often as a habit.
 */
const MANNER = foldedSet(['بشكل', 'بصوره']);
const HABIT_MANNER = foldedSet(['يومي', 'يوميه', 'متكرر', 'متكرره']);
const MANNER_REACH = 5;
/** "have warned for months", "يطالب منذ سنوات": a stance held over a long span, not one happening. */
const SPAN_HEAD = foldedSet(['for', 'منذ']);
const LONG_SPAN = foldedSet(['months', 'years', 'decades', 'weeks', 'اشهر', 'سنوات', 'عقود', 'سنين', 'شهور', 'اعوام']);
// "توقع أن يدعو المجلس", "ورجحت المصادر أن تشن": an expectation verb before أن opens a forecast.
const EXPECT = foldedSet([
  'توقع',
  'وتوقع',
  'توقعت',
  'وتوقعت',
  'رجح',
  'ورجح',
  'رجحت',
  'ورجحت',
  'يرجح',
  'ترجح',
  'استبعد',
]);
const THAT = foldedSet(['أن', 'وأن']);
// "يقدر على أن يستعمل الفيتو", "بإمكانه أن يأمر", "قادرة على شن": an ability, not a happening.
const ABLE = foldedSet([
  'يمكن',
  'يمكنه',
  'يمكنها',
  'يمكنهم',
  'بإمكان',
  'بإمكانه',
  'بإمكانها',
  'بوسع',
  'بوسعه',
  'يستطيع',
  'تستطيع',
  'قادر',
  'قادرة',
  'قادرون',
  'قادرين',
]);
const ABLE_ON = foldedSet(['يقدر', 'تقدر']);
const ON = foldedSet(['على']);
// "دائما ما يدعو", "طالما طالب": a stance the actor keeps taking, not one taken now.
const OFTEN = foldedSet(['دائما', 'كثيرا', 'غالبا', 'عادة']);
const MA = foldedSet(['ما']);
const LONG_AS = foldedSet(['طالما', 'لطالما']);
// "دعا في أكثر من مناسبة", "حذر مرارا", "في مناسبات عدة": said again and again, a repeated stance (codebook: not
// a new event). Looked for past the verb's subject, up to REPEATED_REACH tokens after the trigger.
const REPEATEDLY = foldedSet(['مرارا', 'تكرارا', 'مناسبات']);
const OCCASION = foldedSet(['مناسبة']);
const MORE_THAN = foldedSet(['اكثر', 'عدة']);
const REPEATED_REACH = 8;
const NOT = foldedSet(['لا', 'ولا', 'لم', 'لن']);
// "حيث كثيرا ما يشن مقاتلو طالبان هجمات": the light verb and its subject may stand between "often" and the masdar,
// with no punctuation between: "فئات غالبا ما تكون مناطقية»، رافضا اعتبار" is a habit inside a quote, then a stance.
const OFTEN_REACH = 8;

/** No punctuation between the tokens from `first` to `last` (each gap is one space at most). */
function unbroken(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (tokens[k + 1].start - tokens[k].end > 1) return false;
  return true;
}

/** A forecast or an ability up to four words before an Arabic trigger, or null. */
function arabicModal(tokens: Token[], trigger: number, clauseFirst: number): string | null {
  if (!tokens[trigger].isArabic) return null;
  for (let k = trigger - 1; k >= Math.max(clauseFirst, trigger - 4); k--) {
    const t = tokens[k];
    const next = tokens[k + 1]?.norm ?? '';
    if (EXPECT.has(t.norm) && THAT.has(next)) return `guess:${t.norm}`;
    const able = ABLE.has(t.norm) || (ABLE_ON.has(t.norm) && ON.has(next));
    // "لا يمكن أن نقبل" is a refusal made now, not an ability.
    if (able && !NOT.has(tokens[k - 1]?.norm ?? '')) return `able:${t.norm}`;
  }
  return null;
}

/** A stance taken again and again around an Arabic trigger ("دائما ما يدعو", "حذر في أكثر من مناسبة"), or null. */
function arabicRepeated(tokens: Token[], trigger: number, clause: { first: number; end: number }): string | null {
  if (!tokens[trigger].isArabic) return null;
  for (let k = trigger - 1; k >= Math.max(clause.first, trigger - OFTEN_REACH); k--) {
    const t = tokens[k].norm;
    const often =
      tokens[k].stems.some((s) => OFTEN.has(s)) &&
      MA.has(tokens[k + 1]?.norm ?? '') &&
      (trigger - k <= 4 || unbroken(tokens, k, trigger));
    if (often || (trigger - k <= 4 && tokens[k].stems.some((s) => LONG_AS.has(s)))) return `repeated:${t}`;
  }
  for (let k = trigger + 1; k < Math.min(clause.end, trigger + REPEATED_REACH); k++) {
    const t = tokens[k].norm;
    if (REPEATEDLY.has(t)) return `repeated:${t}`;
    // "أكثر من مناسبة": the occasion counted more than once.
    if (OCCASION.has(t) && MORE_THAN.has(tokens[k - 2]?.norm ?? '')) return `repeated:${t}`;
  }
  return null;
}

/** Why the trigger at `trigger` is an aim, a permission, a guess, a forecast, an ability, a habit or a repeated
 * stance, or null. Looks back ≤ 4 tokens and ahead ≤ 2 within the clause (a repeated stance: ahead ≤ 7). */
export function genericCue(tokens: Token[], trigger: number, clause: { first: number; end: number }): string | null {
  const modal = arabicModal(tokens, trigger, clause.first) ?? arabicRepeated(tokens, trigger, clause);
  if (modal) return modal;
  for (let k = trigger - 1; k >= Math.max(clause.first, trigger - 4); k--) {
    const t = tokens[k];
    if (ATTEMPT.has(t.norm) && k - 1 >= clause.first && IN.has(tokens[k - 1].norm)) return `attempt:${t.norm}`;
    if (PERMIT.has(t.norm)) return `permit:${t.norm}`;
    if (GUESS.has(t.norm)) return `guess:${t.norm}`;
  }
  for (let k = trigger + 2; k < Math.min(clause.end, trigger + MANNER_REACH + 1); k++)
    if (HABIT_MANNER.has(tokens[k].norm) && MANNER.has(tokens[k - 1].norm)) return `habitual:${tokens[k].norm}`;
  for (let k = trigger + 1; k < Math.min(clause.end, trigger + 3); k++) {
    if (HABITUAL.has(tokens[k].norm)) return `habitual:${tokens[k].norm}`;
    if (SPAN_HEAD.has(tokens[k].norm) && k + 1 < clause.end && LONG_SPAN.has(tokens[k + 1].norm))
      return `span:${tokens[k + 1].norm}`;
  }
  return null;
}
