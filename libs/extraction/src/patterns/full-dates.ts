// Full numeric dates ("بتاريخ 19 / 6 / 1436هـ", "4/8/1436", "2015/5/22"): Saudi security statements and court
// reports list earlier incidents by their Hijri or Gregorian date. A trigger dated two calendar months or more before
// the article is background (codebook: background history is not an event), however recent the statement is.
import type { Token } from '../text/tokenize';

// Hijri dates are counted from a known new year (1 Muharram 1436 = 25 October 2014) in mean Hijri years and months:
// within a day or two, enough to tell the month.
const HIJRI_ANCHOR_YEAR = 1436;
const HIJRI_ANCHOR_MS = Date.UTC(2014, 9, 25);
const HIJRI_YEAR_DAYS = 354.367;
const HIJRI_MONTH_DAYS = 29.5306;
const DAY_MS = 86_400_000;
// A date token is glued to the next by a slash or a dash: at most three characters between them.
const MAX_GAP = 3;
const WINDOW_BEFORE = 8;
const WINDOW_AFTER = 20;
const MONTHS_BACK = 2;

const num = (t: Token | undefined) => (t && t.isNumber && /^\d+$/.test(t.norm) ? Number(t.norm) : null);

/** The Gregorian month index (year × 12 + month − 1) of a day/month/year date, Hijri (14xx) or Gregorian. */
export function monthIndex(day: number, month: number, year: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year >= 1400 && year < 1500) {
    const days = (year - HIJRI_ANCHOR_YEAR) * HIJRI_YEAR_DAYS + (month - 1) * HIJRI_MONTH_DAYS + day - 1;
    const when = new Date(HIJRI_ANCHOR_MS + Math.round(days) * DAY_MS);
    return when.getUTCFullYear() * 12 + when.getUTCMonth();
  }
  if (year >= 1900 && year < 2100) return year * 12 + month - 1;
  return null;
}

/** The month index of three glued numbers at k ("19 / 6 / 1436", "2015/5/22"), or null. */
function dateAt(tokens: Token[], k: number): number | null {
  const [a, b, c] = [num(tokens[k]), num(tokens[k + 1]), num(tokens[k + 2])];
  if (a === null || b === null || c === null) return null;
  if (tokens[k + 1].start - tokens[k].end > MAX_GAP || tokens[k + 2].start - tokens[k + 1].end > MAX_GAP) return null;
  return a >= 1400 ? monthIndex(c, b, a) : monthIndex(a, b, c);
}

/** "حادث إطلاق النار على دورية الأمن بتاريخ 19 / 6 / 1436هـ": a full date near the trigger in its clause (eight
 * words before, twenty after) at least two calendar months before the article's month. */
export function pastFullDate(
  tokens: Token[],
  trigger: number,
  clause: { first: number; end: number },
  articleYear: number | null,
  articleMonth: number | null,
): string | null {
  if (!articleYear || !articleMonth) return null;
  const now = articleYear * 12 + articleMonth - 1;
  const from = Math.max(clause.first, trigger - WINDOW_BEFORE);
  const to = Math.min(clause.end - 2, trigger + WINDOW_AFTER);
  for (let k = from; k < to; k++) {
    const when = dateAt(tokens, k);
    if (when !== null && now - when >= MONTHS_BACK)
      return `date:${tokens[k].norm}/${tokens[k + 1].norm}/${tokens[k + 2].norm}`;
  }
  return null;
}
