// English readings that credit an attack to someone other than the nearest name: the accused of "accused Kyiv of a
// drone strike", and the owner of a generic force ("The Arakan Army said its fighters had captured", "The army ...
// and said its air force had struck").
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { ANNOUNCED } from './english-passive-speaker';
import { ATTACK_NOUNS } from './english-subject';

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

// Offices and bodies a state or group owns: "Britain's Foreign Office", "Turkey's broadcasting watchdog".
const OFFICES = new Set(
  'office ministry watchdog wing council committee government authorities administration command army forces police prosecutors court parliament delegation mission embassy cabinet presidency regulator'.split(
    ' ',
  ),
);

/** "Britain's Foreign Office also summoned", "Turkey's broadcasting watchdog imposed": a plain-text subject that is a
 * named owner's office stands for the owner the dictionary knows (so that its acts keep apart from other parties'). */
function officeOwner(tokens: Token[], subject: Span<ActorLike>, before: Span<ActorLike>[]): Span<ActorLike> | null {
  if (!subject.value.id.startsWith('text:') || !OFFICES.has(tokens[subject.end - 1]?.norm ?? '')) return null;
  const owner = before.find((b) => b.first === subject.first && b.end < subject.end - 1 && tokens[b.end]?.norm === 's');
  return owner && ['state', 'government', 'armed_group', 'igo'].includes(owner.value.kind) ? owner : null;
}

// Those a state sends to another or to a body: "Iran's mission to the United Nations", "Russia's envoy to the EU".
const ENVOYS = new Set(['mission', 'envoy', 'ambassador', 'delegation', 'representative', 'embassy']);

/** "Iran's mission to the United Nations denied": the body an envoy is sent to is no subject; the sender is. */
function envoySender(tokens: Token[], subject: Span<ActorLike>, before: Span<ActorLike>[]): Span<ActorLike> | null {
  let k = subject.first - 1;
  if (tokens[k]?.norm === 'the') k--;
  if (tokens[k]?.norm !== 'to' || !ENVOYS.has(tokens[k - 1]?.norm ?? '') || tokens[k - 2]?.norm !== 's') return null;
  const sender = before.find((b) => b.end === k - 2 && b.value.id !== subject.value.id);
  return sender && ['state', 'government', 'igo'].includes(sender.value.kind) ? sender : null;
}

/** "The Arakan Army said on Thursday that its fighters had captured": a generic subject owned by "its"/"their" is the
 * speaker's own force, so the speaker acted. Returns the speaker, or null. */
export function ownerOfForces(
  tokens: Token[],
  subject: Span<ActorLike>,
  before: Span<ActorLike>[],
): Span<ActorLike> | null {
  const possessor = officeOwner(tokens, subject, before) ?? envoySender(tokens, subject, before);
  if (possessor) return possessor;
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
