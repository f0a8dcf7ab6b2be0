// English readings that credit an attack to someone other than the nearest name: the accused of "accused Kyiv of a
// drone strike", and the owner of a generic force ("The Arakan Army said its fighters had captured", "The army ...
// and said its air force had struck").
import type { TriggerMatch } from '../patterns/match-triggers';
import type { Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { ANNOUNCED, ATTACK_NOUNS } from './english-subject';

const ACCUSING = new Set(['accused', 'accusing', 'accuses', 'accuse', 'blamed', 'blaming', 'blames', 'blame']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'deadly', 'fresh', 'new']);

/** "Moscow accused Kyiv of a drone strike", "blamed the RSF for the attack": the accused carried out the attack the
 * accusation names. */
export function accusedAttacker(
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  // "of a drone strike on a minibus that killed one person": a relative clause about the attack noun.
  const relative = trigger.spec.voice === 'verb' && ['that', 'which'].includes(tokens[trigger.first - 1]?.norm ?? '');
  if (trigger.spec.voice !== 'noun' && !relative) return null;
  return (
    actors.find((a) => {
      if (
        !ACCUSING.has(tokens[a.first - 1]?.norm ?? '') &&
        !(tokens[a.first - 1]?.norm === 'the' && ACCUSING.has(tokens[a.first - 2]?.norm ?? ''))
      )
        return false;
      let k = a.end;
      if (!['of', 'for'].includes(tokens[k]?.norm ?? '')) return false;
      k++;
      while (k < trigger.first && k - a.end <= 4 && ARTICLES.has(tokens[k].norm)) k++;
      // "of a drone strike": the means may stand before the attack noun.
      if (relative) return trigger.first - k <= 14 && ATTACK_NOUNS.has(tokens[k + 1]?.norm ?? tokens[k].norm);
      return trigger.first - k <= 1 && trigger.first >= k;
    }) ?? null
  );
}

/** "The Arakan Army said on Thursday that its fighters had captured": a generic subject owned by "its"/"their" is the
 * speaker's own force, so the speaker acted. Returns the speaker, or null. */
export function ownerOfForces(
  tokens: Token[],
  subject: Span<ActorLike>,
  before: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (!['its', 'their'].includes(tokens[subject.first - 1]?.norm ?? '')) return null;
  const generic = subject.value.id.startsWith('text:') || subject.value.id === 'group:gunmen';
  if (!generic) return null;
  const speaker = before.find(
    (b) => b.end < subject.first && subject.first - b.end <= 8 && ANNOUNCED.has(tokens[b.end]?.norm ?? ''),
  );
  if (speaker) return speaker;
  // "The army accused the RSF of ..., and said its air force had struck": the clause's opening subject speaks.
  const s = subject.first - 2;
  if (!ANNOUNCED.has(tokens[s]?.norm ?? '') || tokens[s - 1]?.norm !== 'and') return null;
  const opening = before.at(-1);
  return opening &&
    opening.end < s &&
    !['of', 'in', 'at', 'by', 'with', 'to'].includes(tokens[opening.first - 1]?.norm ?? '')
    ? opening
    : null;
}
