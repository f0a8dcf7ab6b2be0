// A weekday named in an Arabic clause ("الخميس الماضي", "يوم الجمعة"): Arabic news dates what happened within the
// past week by its weekday, so a "وكان … قد" sentence that names one recalls the week's news, not background.
import type { Token } from '../text/tokenize';
import { AR_WEEKDAYS, AR_WEEKDAYS_ALSO_WORDS } from '../dates/weekday-names';
import { foldedSet, hasWord, wordSet } from '../text/word-sets';

// Weekdays that are also other words are weekdays only after يوم or before الماضي; the rest always are.
const AMBIGUOUS = foldedSet(AR_WEEKDAYS_ALSO_WORDS);
const PLAIN = new Set([...foldedSet(AR_WEEKDAYS)].filter((w) => !AMBIGUOUS.has(w)));
const DAY = wordSet('يوم');
const LAST = wordSet('الماضي الفائت المنصرم');

/** True when token k names a weekday. */
export function namedWeekday(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isArabic) return false;
  if (hasWord(t, PLAIN)) return true;
  return hasWord(t, AMBIGUOUS) && (hasWord(tokens[k - 1], DAY) || hasWord(tokens[k + 1], LAST));
}
