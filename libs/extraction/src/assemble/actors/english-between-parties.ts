// "Two days of talks between a government delegation led by the foreign minister and the rebel commander", "a
// meeting in Geneva on Monday between the envoy and the opposition": a meeting, agreement or cooperation noun that
// names its parties after "between" is done by the first of them, wherever the rest of the sentence puts its
// subject (often the deal the talks led to).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { betweenWordAt } from './between-word';

const PARTY_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
// how far "between" may follow the noun ("talks in Vienna on Monday between …") and the first party "between"
const MAX_TO_BETWEEN = 6;
const MAX_TO_PARTY = 12;
const CLAUSE_BREAK = /[.;:!?\n"“”(),]/;
// "Turkey hosted two rounds of talks between Ethiopia and Somalia": the verb's subject holds the meeting (the
// verb's own reading), and a second doer for the noun would split one meeting in two.
const HOST_VERBS =
  /^(?:co-?)?(?:host(?:s|ed|ing)?|held|hold(?:s|ing)?|convened?|convening|chair(?:s|ed|ing)?|mediated?|mediating|brokered|brokering|organi[sz](?:e|es|ed|ing))$/;
const HOST_REACH = 5;
/** Verb-voiced phrases that end on the meeting noun ("after three days of talks between …", patterns/en/
 * cooperative.patterns.ts) name their parties after it just as the bare noun does. */
const MEETING_NOUNS = new Set(['talks', 'negotiations', 'consultations', 'meeting']);

/** The first party named after "between" that follows a meeting noun in its clause, before the "and" that names the
 * second; null when the noun has no such phrase or the first party is no known actor. */
export function firstPartyAfterBetween(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  type: string,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (!PARTY_TYPES.has(type)) return null;
  if (trigger.spec.voice !== 'noun' && !MEETING_NOUNS.has(trigger.spec.words[trigger.spec.words.length - 1]))
    return null;
  for (let k = Math.max(0, trigger.first - HOST_REACH); k < trigger.first; k++)
    if (HOST_VERBS.test(tokens[k].norm)) return null;
  const last = Math.min(tokens.length - 1, trigger.end + MAX_TO_BETWEEN);
  const k = betweenWordAt(text, tokens, trigger.end, last + 1, CLAUSE_BREAK, 'between');
  if (k < 0) return null;
  let and = k + 1;
  while (and < tokens.length && and <= k + MAX_TO_PARTY && tokens[and].norm !== 'and') and++;
  if (tokens[and]?.norm !== 'and') return null;
  return actors.find((a) => a.first > k && a.first < and) ?? null;
}
