// "فجر انتحاري نفسه", "استهدف تفجيران انتحاريان نقطة تفتيش للجيش": no army, police force, government or state blows
// itself up. A state body read as the doer of a suicide attack is its target, the side fighting the bombers or the
// one that reported it; the doer is then the bomber or the group the article blames.
import type { ActorLike } from '../assemble.types';

const STATE_KINDS = new Set(['state', 'government', 'military', 'police']);

/** True when `actor` is a state body and `mode` a suicide attack. */
export function stateBomber(actor: ActorLike | null, mode: string | null | undefined): boolean {
  return mode === 'suicide-attack' && !!actor && STATE_KINDS.has(actor.kind);
}
