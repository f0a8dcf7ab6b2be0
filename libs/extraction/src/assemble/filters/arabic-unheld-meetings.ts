// Arabic meetings the sentence does not report as held: the meeting as the subject of its agenda ("ويبحث الاجتماع
// التصعيد" = the meeting will discuss), a meeting someone prepares or calls for ("الاستعداد لعقد قمة", "دعا إلى
// عقد اجتماع", "الدعوة إلى اجتماع"), a meeting that is only the audience of a speech ("كلمته أمام اجتماع"), a
// meeting set for a date ahead ("يوم الأربعاء المقبل الاجتماع"). The meeting itself, when held, is reported with its
// participants elsewhere.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordBefore, wordSet } from '../../text/word-sets';

/** Gatherings that can stand as the subject of "يبحث / يناقش": the meeting discusses its agenda. */
const GATHERINGS = wordSet('اجتماع الاجتماع اجتماعات الاجتماعات قمة القمة لقاء اللقاء مؤتمر المؤتمر');
/** "ويبحث الاجتماع", "وناقش اللقاء": the verb of the agenda before its gathering subject. */
const DISCUSS = wordSet('بحث يبحث تبحث ناقش يناقش تناقش');
/** "لعقد قمة": to hold a meeting — its purpose, not its holding. */
const TO_HOLD = wordSet('لعقد');
/** "في كلمته أمام اجتماع اللجنة": a speech before a meeting; the speech is the news, the meeting its audience. */
const BEFORE = wordSet('أمام');
/** "الدعوة إلى (عقد) اجتماع", "دعا إلى اجتماع": a call for a meeting. */
const CALL = wordSet('الدعوة دعوة دعا دعت يدعو تدعو دعوا طالب طالبت يطالب');
const CALL_REACH = 4;
/** "تستضيف يوم الأربعاء المقبل الاجتماع": a date ahead right before the gathering noun. */
const AHEAD = wordSet('المقبل المقبلة القادم القادمة');
const AHEAD_REACH = 2;
const HOLD = wordSet('عقد');
const TO = wordSet('إلى');

/** True when an Arabic CONSULT trigger is a meeting's agenda or a meeting not held: a discussing verb whose subject,
 * right after it, is a gathering noun (either of the two may be the trigger); a gathering noun after "لعقد" or
 * "أمام", within two words after "المقبل / القادم", or after "إلى (عقد)" with a call word within four words before. */
export function unheldMeeting(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'CONSULT' || !tokens[trigger.first]?.isArabic) return false;
  if (trigger.spec.voice === 'verb')
    return trigger.end === trigger.first + 1 && hasWord(tokens[trigger.end], GATHERINGS);
  if (!hasWord(tokens[trigger.first], GATHERINGS)) return false;
  let k = trigger.first - 1;
  if (wordBefore(tokens, AHEAD, trigger.first, AHEAD_REACH)) return true;
  if (hasWord(tokens[k], TO_HOLD) || hasWord(tokens[k], DISCUSS) || hasWord(tokens[k], BEFORE)) return true;
  if (hasWord(tokens[k], HOLD)) k--;
  // "ودعا الرئيس الفلسطيني إلى اجتماع": the caller may stand between the call and its "إلى".
  return hasWord(tokens[k], TO) && wordBefore(tokens, CALL, k, CALL_REACH);
}
