// "وتحدث كيري عن استمرار المشاورات بين واشنطن وحلفائها التي بدأت في كامب ديفيد في مايو الماضي": a place inside a
// relative clause after the trigger that the clause dates to a past week, month or year ("في مايو الماضي", "العام
// الماضي", "الأسبوع الماضي")
// is where an earlier step happened (the talks began there), not where the reported happening is.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

const RELATIVE = foldedSet(['التي', 'الذي', 'الذين', 'اللتين', 'اللذين', 'اللذان', 'اللتان']);
const MONTHS = foldedSet([
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'اغسطس',
  'سبتمبر',
  'أكتوبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'العام',
  'عام',
  // "الاتفاق الذي أبرم في فيينا الأسبوع الماضي": a week or a month back is as past as a named month.
  'الأسبوع',
  'الاسبوع',
  'الشهر',
]);
const LAST = foldedSet(['الماضي', 'المنصرم']);
/** Words from the relative pronoun to the place: "التي بدأت في". */
const RELATIVE_REACH = 4;
/** Words from the place to the month: "في مايو". */
const DATE_REACH = 2;

/** True when the place follows the trigger inside a relative clause dated to a past month or year. */
export function isPastRelativePlace(tokens: Token[], p: Span<PlaceLike>, triggerEnd: number): boolean {
  if (p.first < triggerEnd) return false;
  let relative = false;
  for (let k = p.first - 1; k >= Math.max(triggerEnd, p.first - RELATIVE_REACH) && !relative; k--)
    relative = RELATIVE.has(tokens[k].norm);
  if (!relative) return false;
  for (let k = p.end; k < Math.min(tokens.length - 1, p.end + DATE_REACH + 1); k++)
    if (MONTHS.has(tokens[k].norm) && LAST.has(tokens[k + 1].norm)) return true;
  return false;
}
