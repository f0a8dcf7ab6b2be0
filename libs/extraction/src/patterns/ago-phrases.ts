// "قبل نحو عام", "قبل ثلاث سنوات", "two years ago": a span of months or years counted back from the news dates a
// trigger to the past (codebook: background history is not an event). Days and weeks ago stay news.
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

const AR_BEFORE = foldedSet(['قبل', 'وقبل']);
const AR_ABOUT = foldedSet(['نحو', 'حوالي', 'قرابة', 'زهاء', 'اكثر', 'أكثر', 'من', 'اقل', 'أقل']);
// Indefinite: "قبل العام" is not "a year ago"; "قبل عام" is.
const AR_LONG = foldedSet([
  'عام',
  'عامين',
  'اعوام',
  'أعوام',
  'عاما',
  'سنة',
  'سنتين',
  'سنوات',
  'سنه',
  'اشهر',
  'أشهر',
  'شهور',
  'شهرين',
  'شهرا',
  'عقد',
  'عقدين',
  'عقود',
]);
const EN_LONG = new Set(['year', 'years', 'months', 'decade', 'decades']);

/** The "ago" phrase starting at token k, or null: Arabic قبل [نحو] [number] unit, English [number] unit ago. It
 * dates the trigger when it follows it or opens the clause ("وقبل نحو عام طالب"); one between them belongs to a
 * parenthesis ("الجيش -الذي سيطر قبل شهرين على إدلب- هجوما"). */
export function agoAt(
  tokens: Token[],
  k: number,
  trigger: number,
  clause: { first: number; end: number },
): string | null {
  const t = tokens[k];
  const end = clause.end;
  if (k < trigger && k > clause.first + 1) return null;
  if (t.isArabic && AR_BEFORE.has(t.norm)) {
    let j = k + 1;
    while (j < end && j < k + 4 && (AR_ABOUT.has(tokens[j].norm) || tokens[j].isNumber)) j++;
    // Number words before the unit ("قبل ثلاث سنوات") are one more optional token.
    if (j < end && !AR_LONG.has(tokens[j].norm) && j + 1 < end && AR_LONG.has(tokens[j + 1].norm)) j++;
    return j < end && AR_LONG.has(tokens[j].norm) ? `ago:قبل ${tokens[j].norm}` : null;
  }
  if (!t.isArabic && EN_LONG.has(t.norm) && tokens[k + 1]?.norm === 'ago' && k + 1 < end) return `ago:${t.norm} ago`;
  return null;
}
