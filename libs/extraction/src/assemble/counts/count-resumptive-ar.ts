// Arabic tolls told past the resumptive pronoun of a relative clause: "هجوم … قتل فيه ضابط صف" = 1, "مواجهات
// قتل فيها فتى" = 1, "معركة قتل فيها اثنان" = 2. The pronoun points back to the happening the clause describes;
// the victim noun stands after it, not right after the death word.
import { foldWord, type Token } from '../../text/tokenize';

const RESUMPTIVE = new Set(['فيه', 'فيها', 'فيهم', 'فيهما'].map(foldWord));

/** Where the victim noun of the death word at k stands: past "فيه/فيها" when the pronoun follows the word. */
export function victimSlotAfter(tokens: Token[], k: number): number {
  const next = tokens[k + 1];
  return next && RESUMPTIVE.has(next.norm) && next.start - tokens[k].end <= 1 ? k + 2 : k + 1;
}
