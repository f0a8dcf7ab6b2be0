// "That was the toll after gunmen burst into a bar in the city of Celaya … and opened fire on customers": the verb
// joined by "and" shares the subject that opens its subordinate clause ("after gunmen burst"), not the main
// clause's ("That was"). Read only for a coordinated verb, when no clause break lies between that subject and it.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const SUBORDINATORS = new Set(['after', 'when', 'as', 'before', 'until', 'once', 'while']);
/** Words after the subject that show it is no subject of a verb: "after gunmen of the group", "as gunmen and". */
const NOT_VERB = new Set(['of', 'in', 'at', 'on', 'from', 'to', 'by', 'with', 'and', 'or', 's', 'who', 'which']);
const BREAK = /[,;:.!?"“”()]/;

/** The actor opening the subordinate clause that the coordinated trigger's first verb belongs to, or null. */
export function subordinateSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
): Span<ActorLike> | null {
  for (let s = trigger.first - 1; s >= 0; s--) {
    if (s > 0 && BREAK.test(text.slice(tokens[s - 1].end, tokens[s].start))) return null;
    if (!SUBORDINATORS.has(tokens[s].norm)) continue;
    const at = tokens[s + 1]?.norm === 'the' ? s + 2 : s + 1;
    const subject = before.find((a) => a.first === at && a.end < trigger.first);
    const next = tokens[subject?.end ?? -1];
    if (!subject || !next || NOT_VERB.has(next.norm) || /^\p{Lu}/u.test(next.surface)) return null;
    return subject;
  }
  return null;
}
