// Chronologies also head an entry with the bare year and a dash or colon ("2008- تسعة قتلى في اشتباكات ...",
// "2006: Israel strikes ..."). A past year there dates every clause of the entry (dated-entries.ts reads the
// "day month year" heads).
import type { Token } from '../../text/tokenize';
import { isPastYearToken } from '../../patterns/past-year';

/** Whether the sentence opens on a past year followed by a dash or colon, a timeline entry's head. */
export function yearHeadedEntry(
  text: string,
  tokens: Token[],
  sentenceFirst: number,
  articleYear: number | null,
): boolean {
  const year = tokens[sentenceFirst];
  const next = tokens[sentenceFirst + 1];
  if (!next || !isPastYearToken(year, articleYear)) return false;
  return /^\s*[-–—:]/.test(text.slice(year.end, next.start));
}
