// Rescue and relief bodies (civil defence, the Red Crescent, aid and rights groups) report attacks, treat the
// wounded and count the dead: "أوضح المتحدث الرسمي لمديرية الدفاع المدني أنه ... سقطت مقذوفات". They are never the
// doer of force (an attack, an arrest, a deployment, a withdrawal or a sanction); aid stays theirs.
import type { ActorLike } from '../assemble.types';

const FORCE_TYPES = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'SANCTION']);
const RESCUE_IDS = new Set(['gov:civil-defence']);

/** True when `actor` is a rescue, relief or rights body and `type` is an event of force. */
export function rescueServiceUsingForce(actor: ActorLike, type: string): boolean {
  return FORCE_TYPES.has(type) && (actor.kind === 'ngo' || RESCUE_IDS.has(actor.id));
}
