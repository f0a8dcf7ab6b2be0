// Arabic acts that have not happened (yet): a noun qualified as only possible ("هجوم محتمل", "الاتهامات المحتملة")
// and an imperfect verb or noun dated tomorrow ("يعقد الناتو اجتماعا غدا"). Codebook: forecasts and plans are not
// events.
import type { TriggerMatch } from '../patterns/match-triggers';
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));
const has = (t: Token | undefined, words: Set<string>) =>
  !!t && (words.has(t.norm) || t.stems.some((s) => words.has(s)));

const POSSIBLE = set('المحتملة المحتمل محتملة محتمل المرجحة');

/** "هجوم محتمل", "توجيه الاتهامات المحتملة له": an Arabic noun trigger qualified (right after it, or after one more
 * adjective) as only possible has not happened. "من المحتمل أن" (it is likely that) further on is no qualifier. */
export function possibleAct(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!tokens[trigger.first].isArabic || trigger.spec.voice !== 'noun') return false;
  return [trigger.end, trigger.end + 1].some((k) => has(tokens[k], POSSIBLE) && !/^و?من$/.test(tokens[k - 1].norm));
}

const TOMORROW = set('غدا غدًا وغدا وغدًا');
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
