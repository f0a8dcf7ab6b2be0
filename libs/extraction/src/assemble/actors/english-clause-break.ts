// Where an English phrase scan stops (english-subject.ts): a stop, quote or line break between two tokens, except the
// full stops inside a dotted initialism ("U.N.", "U.S.").
import type { Token } from '../../text/tokenize';

export const CLAUSE_BREAK = /[.;:!?\n"“”]/;

/** The gap after token j ends the clause: a stop, quote or line break, but not the full stops of a dotted initialism
 * inside the phrase ("The head of the U.N. nuclear watchdog, Rafael Grossi, held talks"). */
export function breaksAfter(text: string, tokens: Token[], j: number): boolean {
  const between = text.slice(tokens[j].end, tokens[j + 1].start);
  if (!CLAUSE_BREAK.test(between)) return false;
  if (!/^\. ?$/.test(between)) return true;
  // "U" before "N", or the last letter "N" of a joined initialism before the next word.
  return !(tokens[j + 1].joined || (tokens[j].joined && /^[A-Z]$/.test(tokens[j].surface)));
}
