// English copy tells one happening per type in a clause: "Fighting between Druze gunmen and Bedouin tribal
// fighters … killed at least 14" is one clash, though its two triggers read the two sides as clashing doers. Left
// apart, the twin is the one the next happening at that place gets paired with, and carries the lead's toll there.
import type { DraftEvent } from '../assemble.types';
import { ARABIC_SCRIPT } from '../../text/tokenize';

/** A clash has two sides for doers, and a bare "killed" takes whichever name stands nearest. */
const looseDoer = (d: DraftEvent) => d.mode === 'armed-clash' || d.trigger.spec.killing;

/** Two English mentions of one type in one clause, one of them a clash or a bare killing: their actor readings
 * never keep them apart. (Two named doers of other acts in one clause, "Houthis fired missiles at a ship hours
 * before U.S. warplanes struck Hodeidah", are two happenings.) */
export function clauseActorsJoin(o: DraftEvent, e: DraftEvent, sameClause: boolean): boolean {
  return sameClause && !ARABIC_SCRIPT.test(e.evidence.text) && o.type === e.type && (looseDoer(o) || looseDoer(e));
}
