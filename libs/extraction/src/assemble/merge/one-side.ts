// English copy names one side's forces now by the country ("Pakistan responded with artillery"), now by its army
// ("Pakistani shelling hit houses in Spin Boldak", read as the Pakistani military): the dictionary gives the state
// and its armed forces two ids, yet for merging repeats of a use of force they are one doer.
import type { ActorLike, DraftEvent } from '../assemble.types';
import { ARABIC_SCRIPT } from '../../text/tokenize';

/** A country's own name and its armed forces and government: one side in a fight. */
const STATE_KINDS = new Set(['state', 'military', 'government']);

const sideOf = (a: ActorLike | null) => (a && STATE_KINDS.has(a.kind) && a.country ? a.country : null);

/** Two English mentions whose doers are one country's state, forces or government. */
export function oneSide(o: DraftEvent, e: DraftEvent): boolean {
  if (ARABIC_SCRIPT.test(e.evidence.text)) return false;
  const side = sideOf(o.actor);
  return !!side && side === sideOf(e.actor);
}
