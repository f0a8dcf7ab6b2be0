// English sentences that count the dead as bodies: "One resident said he saw at least seven bodies in the street",
// "12 bodies had been found", "the bodies of 23 victims had been recovered". english-tolls.ts gives the figure to the
// attack of the sentence before when that has none. Further bodies ("another 18 bodies", "five more bodies") add to
// an earlier count, and bodies counted over a span ("since Wednesday") add up many happenings: neither is read.
import { readNumbersIn, type NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { has, isCountable } from './count-parts';
import { SPAN_START } from './count-scope.data';

const BODIES = new Set(['bodies', 'corpses']);
const FURTHER = new Set(['another', 'more', 'further', 'additional', 'other']);

const further = (tokens: Token[], n: NumberMention) =>
  FURTHER.has(tokens[n.first - 1]?.norm ?? '') || FURTHER.has(tokens[n.end]?.norm ?? '');

/** The number of bodies a sentence in tokens [from, to) counts, or null. */
export function bodiesFigure(tokens: Token[], from: number, to: number): number | null {
  for (let j = from; j < to; j++) if (has(tokens[j], SPAN_START)) return null;
  const numbers = readNumbersIn(tokens, from, to);
  for (const n of numbers) {
    if (!isCountable(tokens, n) || further(tokens, n) || (n.approximate && n.qualifier === null)) continue;
    // "seven bodies"; "the bodies of 23 victims".
    const after = BODIES.has(tokens[n.end]?.norm ?? '');
    const before = tokens[n.first - 1]?.norm === 'of' && BODIES.has(tokens[n.first - 2]?.norm ?? '');
    if (after || before) return n.value;
  }
  return null;
}
