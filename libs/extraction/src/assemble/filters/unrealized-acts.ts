// Arabic acts that have not happened (yet): a noun qualified as only possible ("هجوم محتمل", "الاتهامات المحتملة"),
// an imperfect verb or noun dated tomorrow ("يعقد الناتو اجتماعا غدا"), the aims of a plot ("خططوا لتفجير") and the
// aid a truce is for ("من أجل توصيل المواد الإغاثية"). Codebook: forecasts and plans are not events.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet, wordBefore } from '../../text/word-sets';

const POSSIBLE = wordSet('المحتملة المحتمل محتملة محتمل المرجحة');

/** "هجوم محتمل", "توجيه الاتهامات المحتملة له": an Arabic noun trigger qualified (right after it, or after one more
 * adjective) as only possible has not happened. "من المحتمل أن" (it is likely that) further on is no qualifier. */
export function possibleAct(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.voice !== 'noun') return false;
  return [trigger.end, trigger.end + 1].some((k) => hasWord(tokens[k], POSSIBLE) && !/^و?من$/.test(tokens[k - 1].norm));
}

const TOMORROW = wordSet('غدا غدًا وغدا وغدًا');
const TOMORROW_SPAN = 8;

/** "يعقد حلف الناتو اجتماعا غدا الثلاثاء", "ويلتقي الوفد غدا وزير الزراعة": an Arabic imperfect verb or noun trigger
 * dated tomorrow (within eight words of it, in its sentence) is on the programme, not yet a happening. A perfect
 * verb ("وصل أمس") reports even beside tomorrow's plans. */
export function tomorrowAct(tokens: Token[], trigger: TriggerMatch, sentenceFirst: number, clauseEnd: number): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || (trigger.spec.voice !== 'noun' && !/^[وف]?[يتن]/.test(t.norm))) return false;
  const from = Math.max(sentenceFirst, trigger.first - TOMORROW_SPAN);
  for (let k = from; k < Math.min(clauseEnd, trigger.end + TOMORROW_SPAN); k++)
    if (TOMORROW.has(tokens[k].norm)) return true;
  return false;
}

// Plotting: "خططوا لتفجير", "التخطيط لهجمات", "يخطط لاغتيال".
const PLANNED = wordSet('خطط خططوا خططت يخطط تخطط يخططون التخطيط بالتخطيط تخطيط مخطط مخططا');
const PLAN_REACH = 14;

/** "خططوا من المناطق المضطربة لإثارة الفتنة وإشاعة الفوضى وتفجير 7 مساجد": an Arabic attack masdar with ل or و glued
 * to it (the aim, or one more aim in a list) after a word of plotting in its clause is what was plotted, not an attack
 * that happened. */
export function plottedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.type !== 'ASSAULT' || trigger.spec.voice !== 'noun' || !/^[وفل]/.test(t.norm))
    return false;
  return wordBefore(tokens, PLANNED, trigger.first, PLAN_REACH, clauseFirst);
}

// Purpose phrases: "من أجل", "بهدف", "بغية", "لأجل".
const FOR_THE_SAKE = wordSet('أجل اجل بهدف بغية لأجل لاجل');
const AIM_REACH = 3;

/** "أعلن التحالف هدنة لمدة خمسة أيام من أجل توصيل المواد الإغاثية", "بهدف تسهيل إيصال المساعدات": an Arabic aid noun
 * within three words after a phrase of purpose is what a truce or step is for; no aid has been delivered yet. */
export function aimedAid(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.type !== 'AID' || trigger.spec.voice !== 'noun') return false;
  return wordBefore(tokens, FOR_THE_SAKE, trigger.first, AIM_REACH);
}

// Paving the way or opening the door: "مهد الطريق", "ممهدا الطريق", "تفتح الباب", "يفسح المجال".
const PAVE = wordSet(
  'مهد مهدت يمهد تمهد يمهدان تمهيد بتمهيد ممهدا ممهدة فتح فتحت يفتح تفتح فاتحا فاتحة أفسح افسح يفسح تفسح مفسحا',
);
const WAY = wordSet('الطريق الباب المجال السبيل');
const BEFORE = wordSet('أمام امام');
const WAY_REACH = 3;

/** "صادق المجلس على الاتفاق ممهدا الطريق لرفع العقوبات", "تمهد بذلك الطريق أمام رفع الحظر", "يفتح الباب أمام
 * المفاوضات": an Arabic trigger that a road is paved or a door opened for (ل glued to it right after the way, or
 * after أمام) is a masdar naming what may come next, not an act that happened; a pattern read as a verb ("رفع ~
 * العقوبات") counts too, as only a masdar stands there. */
export function pavedWayAct(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic) return false;
  const prev = tokens[trigger.first - 1];
  let way = -1;
  if (t.norm.startsWith('ل') && hasWord(prev, WAY)) way = trigger.first - 1;
  else if (hasWord(prev, BEFORE) && hasWord(tokens[trigger.first - 2], WAY)) way = trigger.first - 2;
  return way > 0 && wordBefore(tokens, PAVE, way, WAY_REACH);
}
