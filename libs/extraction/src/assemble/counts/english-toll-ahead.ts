// A toll told before its attack: "The death toll from Tuesday's protests climbed to 23, the rights commission said.
// The commission said most of the dead were shot by police when protesters stormed parliament." The toll sentence
// opens the story and the next sentence tells how "the dead" died: that attack is the one the toll counts. Without
// the back-reference to the dead the next attack may be another happening ("The toll from the war rose to 40,000.
// Jets struck Rafah overnight."), so it is required.
import type { Sentence } from '../../text/split-sentences';
import type { Token } from '../../text/tokenize';
import type { DraftEvent } from '../assemble.types';
import { tokenAt } from '../map-spans';
import { inSentence, type DraftsBySentence } from './drafts-by-sentence';

/** Nouns that, after "the", refer back to the dead a toll counted: "most of the dead", "the victims included". */
const THE_DEAD = new Set(['dead', 'victims', 'deceased']);

/** Whether tokens [from, to) speak of "the dead" (or "those killed"). */
function speaksOfTheDead(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j + 1 < to; j++) {
    const [a, b] = [tokens[j].norm, tokens[j + 1].norm];
    if ((a === 'the' && THE_DEAD.has(b)) || (a === 'those' && b === 'killed')) return true;
  }
  return false;
}

/** The attack of the sentence after toll sentence si that tells how its dead died, when it has no figure. */
export function attackAhead(
  tokens: Token[],
  sentences: readonly Sentence[],
  by: DraftsBySentence,
  si: number,
): DraftEvent | undefined {
  const next = sentences[si + 1];
  if (!next || !speaksOfTheDead(tokens, tokenAt(tokens, next.start), tokenAt(tokens, next.end))) return undefined;
  const attacks = inSentence(by, si + 1).filter((d) => d.type === 'ASSAULT' && !d.negated);
  if (attacks.length === 0 || attacks.some((d) => d.killed !== null)) return undefined;
  return attacks.reduce((a, d) => (d.evidence.start < a.evidence.start ? d : a));
}
