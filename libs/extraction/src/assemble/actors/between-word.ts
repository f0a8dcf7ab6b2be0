// "اشتباكات بين X وY", "اتصال هاتفي بين X وY", "talks in Vienna between X and Y": where a noun names its two sides
// after بين / between, a few words on. One scan for the Arabic clash and talk readers and the English meeting reader.
import type { Token } from '../../text/tokenize';

/** The index of the first token whose norm is `word` (بين, between) from token `from` up to (not including)
 * `limit`, or -1 when none comes before a break (`breaks` tested on the gap before each token). */
export function betweenWordAt(
  text: string,
  tokens: Token[],
  from: number,
  limit: number,
  breaks: RegExp,
  word: string,
): number {
  for (let k = from; k < limit; k++) {
    if (k > 0 && breaks.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
    if (tokens[k].norm === word) return k;
  }
  return -1;
}
