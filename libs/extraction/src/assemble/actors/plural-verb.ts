// "طالبوا فيه وزير التعليم", "وطالبوا المتمردين بأن", "اتهموا أردوغان": an Arabic verb with the plural suffix -وا
// carries its own subject (a verb before a noun subject stays singular: "طالب الطلاب"), so the names after it are
// its objects, never its doers. Its subject is the one before it or the sentence's.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

/** True when the trigger is an Arabic verb ending in the plural subject suffix (-وا, present -ون). */
export function isPluralVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'verb') return false;
  const t = tokens[trigger.first];
  if (!t?.isArabic) return false;
  const w = t.norm.replace(/^[وف](?=.{5})/, '');
  // "يطالبون الوزير": the present tense carries it as -ون.
  return w.length >= 4 && (w.endsWith('وا') || (/^[يت]/.test(w) && w.endsWith('ون')));
}
