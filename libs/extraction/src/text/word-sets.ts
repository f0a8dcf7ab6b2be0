// Small word-list helpers shared by the Arabic frame readers: a folded set from a space-separated list, a word test
// that also reads the word's clitic-stripped stems, and a sentence stop in the gap before a token (tokens hold words
// only, so punctuation is read from the text between them).
import { foldWord, type Token } from './tokenize';

/** The folded forms of a space-separated word list: wordSet('قال قالت أكد'). */
export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

/** The folded forms of a word list: foldedSet(['قال', 'قالت']). */
export const foldedSet = (words: readonly string[]): Set<string> => new Set(words.map(foldWord));

/** True when the token, as written or by one of its stems, is in `words` (a plain loop: no closure per call). */
export function hasWord(t: Token | undefined, words: Set<string>): boolean {
  if (!t) return false;
  if (words.has(t.norm)) return true;
  const stems = t.stems;
  for (let k = 0; k < stems.length; k++) if (words.has(stems[k])) return true;
  return false;
}

/** True when one of the `reach` tokens right before index `i` (none before `floor`, the clause start) is in `words`
 * by hasWord: "a word of ruling out / plotting / still within N words before the trigger". */
export function wordBefore(tokens: Token[], words: Set<string>, i: number, reach: number, floor = 0): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - reach); k--) if (hasWord(tokens[k], words)) return true;
  return false;
}

const SENTENCE_STOP = /[.؟?!؛;]/;

/** True when a sentence stop (by default . ؟ ? ! ؛ ;) stands between token k-1 and token k. */
export const stopBefore = (text: string, tokens: Token[], k: number, stop: RegExp = SENTENCE_STOP): boolean =>
  k > 0 && stop.test(text.slice(tokens[k - 1].end, tokens[k].start));
