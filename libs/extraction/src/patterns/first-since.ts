// Superlatives before منذ / since ("أول رحلة من نوعها منذ 25 مارس", "the deadliest attack since 2019"): the span
// measures how new or how grave the happening is; it does not make it background (background-cues.ts).
import type { Token } from '../text/tokenize';
import { foldedSet, hasWord } from '../text/word-sets';

/** "أول رحلة من نوعها منذ 25 مارس", "the first flight since March", "the deadliest attack since 2019": منذ/since
 * measuring how new or how grave the happening is, not dating it back. */
const FIRST = foldedSet([
  'أول',
  'الأول',
  'الأولى',
  'أعنف',
  'الأعنف',
  'أكبر',
  'الأكبر',
  'أسوأ',
  'الأسوأ',
  'أكثر',
  'الأكثر',
  'أشد',
  'الأشد',
  'first',
  'deadliest',
  'worst',
  'largest',
  'biggest',
  'heaviest',
  'fiercest',
]);
const FIRST_REACH = 6;

export function firstSince(tokens: Token[], since: number, clauseFirst: number): boolean {
  for (let k = since - 1; k >= Math.max(clauseFirst, since - FIRST_REACH); k--)
    if (hasWord(tokens[k], FIRST)) return true;
  return false;
}
