// A weekday named in an Arabic clause ("الخميس الماضي", "يوم الجمعة"): Arabic news dates what happened within the
// past week by its weekday, so a "وكان … قد" sentence that names one recalls the week's news, not background.
import type { Token } from '../text/tokenize';
import { hasWord, wordSet } from '../text/word-sets';

// Weekdays that are no other word.
const PLAIN = wordSet('الثلاثاء الأربعاء الخميس السبت');
// الاثنين is also "the two", الجمعة "the group" or Friday prayer, الأحد "the one": a weekday only after يوم or
// before الماضي.
const AMBIGUOUS = wordSet('الاثنين الإثنين الجمعة الأحد');
const DAY = wordSet('يوم');
const LAST = wordSet('الماضي الفائت المنصرم');

/** True when token k names a weekday. */
export function namedWeekday(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isArabic) return false;
  if (hasWord(t, PLAIN)) return true;
  return hasWord(t, AMBIGUOUS) && (hasWord(tokens[k - 1], DAY) || hasWord(tokens[k + 1], LAST));
}
