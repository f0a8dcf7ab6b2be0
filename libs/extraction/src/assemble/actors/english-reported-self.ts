// "Zourabichvili, a pro-Western figure at odds with the government, said she would not step down": a he/she right
// after "said" is the speaker, named as the subject of "said" in the same clause (english-actor-slots.ts asks before
// taking a nearer mention, here "the government"). "It said he had passed information" speaks of someone else.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';

const SAYING = wordSet('said says added adding insisted insists stressed stresses');
const SELF = wordSet('he she');

/** The person named as the subject of "said" when the trigger's subject is a he/she right after it, or null. */
export function speakerSpeakingOfSelf(
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb') return null;
  const pronoun = trigger.first - 1;
  if (!hasWord(tokens[pronoun], SELF) || !hasWord(tokens[pronoun - 1], SAYING)) return null;
  // The first mention of the clause, a person, ends before "said": the subject of the saying.
  const persons = before.filter((a) => a.first >= clauseFirst && a.end < pronoun && a.value.kind === 'person');
  if (!persons.length) return null;
  const first = persons.reduce((x, y) => (y.first < x.first ? y : x));
  const earlier = before.some((a) => a.first >= clauseFirst && a.first < first.first);
  return earlier ? null : first;
}
