// "في وقت …" ("at a time when …") opens a clause of another happening, unless an adverb makes it a plain time
// ("في وقت لاحق" later, "في وقت قياسي" in record time). One list for the sentence splitter (on raw text), the count
// scopes and the topic frames (on tokens).
import { type Token } from './tokenize';
import { foldedSet, hasWord } from './word-sets';

/** Words after "في وقت" that make it a time, not "while" (raw spellings: the splitter reads unfolded text). */
export const AT_A_TIME_ADVERBS: readonly string[] = [
  'سابق',
  'لاحق',
  'متأخر',
  'متاخر',
  'مبكر',
  'قريب',
  'قياسي',
  'قصير',
  'واحد',
  'مضى',
  'ما',
  'محدود',
  'حرج',
  'صعب',
  'عصيب',
  'حساس',
  'مناسب',
  'آخر',
  'اخر',
];

const ADVERBS = foldedSet(AT_A_TIME_ADVERBS);
const FI = foldedSet(['في', 'وفي']);

/** Token `i` is the وقت of "في وقت أقدمت الجبهة على …" or the الوقت of "في الوقت الذي قتل فيه …". */
export function atATimeWhen(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.isArabic || !FI.has(tokens[i - 1]?.norm ?? '')) return false;
  if (t.norm === 'الوقت') return tokens[i + 1]?.norm === 'الذي';
  return t.norm === 'وقت' && !!tokens[i + 1] && !hasWord(tokens[i + 1], ADVERBS);
}
