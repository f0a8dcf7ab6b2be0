// "Rights groups welcomed the move but urged the president to free all detainees", "Union leaders welcomed the
// deal but demanded the release of workers": a coordinated verb's subject is the plain phrase that opens the clause
// before its first verb, even when the actor dictionary has no name for it (english-subject.ts openingSubject).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { rawSubject } from '../clause/raw-subject';

const CLAUSE_BREAK = /[.;:!?\n"“”]/;

/** The plain subject phrase of the clause's first past-tense verb or "said", when that verb comes within a few words of the
 * clause opening k; null otherwise. */
export function firstVerbSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  k: number,
): Span<ActorLike> | null {
  let reach = k + 5;
  for (let v = k + 1; v < Math.min(trigger.first - 1, reach); v++) {
    if (!/ed$|^(said|says)$/.test(tokens[v].norm)) continue;
    // "Sudan's army-backed government said": a participle hyphened to the word before it is an adjective of the
    // subject, and the compound counts as one word of the reach.
    if (text.slice(tokens[v - 1].end, tokens[v].start) === '-') {
      reach++;
      continue;
    }
    if (CLAUSE_BREAK.test(text.slice(tokens[k].start, tokens[v].start))) return null;
    const verb = { ...trigger, first: v, end: v + 1, start: tokens[v].start, stop: tokens[v].end };
    const raw = rawSubject(text, tokens, verb, k, v + 1, false);
    return raw && raw.first === k ? raw : null;
  }
  return null;
}
