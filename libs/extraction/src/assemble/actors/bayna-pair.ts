// "اشتباكات بين X وY", "اتصال هاتفي بين X وY": where a noun names its two sides after بين, a few words on.
import type { Token } from '../../text/tokenize';

/** The index of the first بين from token `from` up to (not including) `limit`, or -1 when none comes before a break
 * (`breaks` tested on the gap before each token). */
export function baynaAfter(text: string, tokens: Token[], from: number, limit: number, breaks: RegExp): number {
  for (let k = from; k < limit; k++) {
    if (breaks.test(text.slice(tokens[k - 1].end, tokens[k].start))) return -1;
    if (tokens[k].norm === 'بين') return k;
  }
  return -1;
}
