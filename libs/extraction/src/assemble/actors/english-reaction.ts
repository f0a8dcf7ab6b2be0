// "The arrest drew condemnation from press freedom groups", "executed a man ..., drawing condemnation from rights
// groups": a reaction noun names who reacted after "from"; the names before it belong to the happening reacted to.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';

const REACTIONS = new Set(['condemnation', 'condemnations', 'criticism', 'criticisms', 'rebuke', 'rebukes']);
/** Words ending the source phrase: "from rights groups who said", "from Western embassies in Harare". */
const PHRASE_END = new Set('who which that in on at after over and as for'.split(' '));
const CLAUSE_BREAK = /[.,;:!?\n"“”(]/;

/** Who a reaction noun's "from" phrase names: a known mention right after "from", else the plain phrase (up to five
 * words); null when the noun has no "from" after it. */
export function reactionSource(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (tokens[trigger.first].isArabic || !REACTIONS.has(tokens[trigger.first].norm)) return null;
  const from = trigger.end;
  if (tokens[from]?.norm !== 'from') return null;
  const first = from + 1;
  if (first >= tokens.length || CLAUSE_BREAK.test(text.slice(tokens[from].end, tokens[first].start))) return null;
  const known = actors.find((a) => a.first === first || (a.first === first + 1 && tokens[first].norm === 'the'));
  if (known) return known;
  let end = first;
  while (
    end < tokens.length &&
    end - first < 5 &&
    !PHRASE_END.has(tokens[end].norm) &&
    (end === first || !CLAUSE_BREAK.test(text.slice(tokens[end - 1].end, tokens[end].start)))
  )
    end++;
  return end === first ? null : textActor(text, tokens, first, end);
}
