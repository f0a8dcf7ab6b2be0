// Timelines ("* 2 أغسطس 1990: مجلس الأمن يعقد جلسة طارئة ...، وطالبه بالانسحاب", "17 July 1990 - Saddam accuses the
// Gulf states ...") open each entry with its full date. A past year there dates the whole entry, every clause of it,
// not only the first (openingPast in past-phrases.ts stops at the first clause).
import type { Token } from '../text/tokenize';
import { hasWord } from '../text/word-sets';
import { MONTHS } from './background-words';
import { isPastYearToken } from './past-year';

// The date opens the entry: its month stands among the sentence's first three words (after an optional day).
const ENTRY_WINDOW = 3;

/** The past year of a "[day] month year" date opening the sentence, or null. */
export function pastEntryDate(tokens: Token[], sentenceFirst: number, articleYear: number | null): string | null {
  if (!articleYear) return null;
  const to = Math.min(tokens.length - 1, sentenceFirst + ENTRY_WINDOW);
  for (let k = sentenceFirst; k < to; k++) {
    if (!hasWord(tokens[k], MONTHS)) continue;
    // A second month may gloss the first, Levantine beside Egyptian/Gulf name: "28 مايو (أيار) 1990".
    const gloss = k + 2 < tokens.length && hasWord(tokens[k + 1], MONTHS) ? 1 : 0;
    const year = tokens[k + 1 + gloss];
    if (!isPastYearToken(year, articleYear)) return null;
    // Only a day may stand before the month: "في أغسطس 1990" opens a sentence (first clause: openingPast), while
    // "* 10 أغسطس 1990" heads an entry.
    for (let j = sentenceFirst; j < k; j++) if (!tokens[j].isNumber) return null;
    return `entry:${year.norm}`;
  }
  return null;
}
