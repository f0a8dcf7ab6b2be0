// "The foreign ministry said the diplomat had been given 72 hours to leave the country": an English expulsion told
// in the passive names no doer; the government body announcing it in the same sentence is the one expelling.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const SAID = new Set(['said', 'says', 'announced']);
const PASSIVE = new Set(['been', 'was', 'were', 'is', 'are']);

export const EXPEL_SPEAKER_RULE = 'body announcing the expulsion';

/** The actor right before "said" ahead of an agentless English expulsion in its sentence, or null. */
export function expelSpeaker(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.mode !== 'expel' || tokens[trigger.first]?.isArabic) return null;
  if (!PASSIVE.has(tokens[trigger.first]?.norm ?? '') && !PASSIVE.has(tokens[trigger.first - 1]?.norm ?? ''))
    return null;
  return (
    actors.find(
      (a) =>
        a.first >= sentenceFirst &&
        a.end < trigger.first &&
        SAID.has(tokens[a.end]?.norm ?? '') &&
        a.value.kind !== 'person',
    ) ?? null
  );
}
