// A four-digit year before the article's own ("في 1990", "2008-", "10 أغسطس 1990"), the test every past-time cue shares.
import type { Token } from '../text/tokenize';

/** True when the token is a year from 1900 up to, not including, the article's year. */
export function isPastYearToken(t: Token | undefined, articleYear: number | null): boolean {
  return !!t && !!articleYear && t.isNumber && /^\d{4}$/.test(t.norm) && +t.norm >= 1900 && +t.norm < articleYear;
}
