// One evidence span may tell two happenings of one type ("rockets hit a base near Kiryat Shmona, and a drone
// struck a post in the Golan Heights"). The extractor keeps the second one under its own id (event-id.ts, with the
// trigger's offset) when the two are placed apart or have two dictionary doers; otherwise the same type from one span is one event. Places one
// inside the other ("وفي عدن، قصف … حي الدمينة بمنطقة دار سعد": a district of the city; a town and its country or
// province) or within the merge radius are one happening's place, read twice.
import type { DraftEvent, PlaceLike } from '../assemble/assemble.types';
import { distanceKm } from '../assemble/places/distance-km';
import { isDictionaryActor } from '../assemble/clause/raw-subject';
import { ARABIC_SCRIPT } from '../text/tokenize';
import { answersAnother } from '../assemble/merge/reply-act';

const NEAR_KM = 25;

/** One place holds the other: a country and a place in it, a province and a place of that province. */
function nested(p: PlaceLike, q: PlaceLike): boolean {
  if (!p.country || p.country !== q.country) return false;
  if (p.kind === 'country' || q.kind === 'country') return true;
  return (p.kind === 'admin1' || q.kind === 'admin1') && !!p.admin1 && p.admin1 === q.admin1;
}

const known = (d: DraftEvent) => (isDictionaryActor(d.actor) ? d.actor.id : null);

/** Two dictionary doers of one type in one English sentence ("Houthi rebels fired missiles at a ship …, hours
 * before U.S. warplanes struck Hodeidah"): an attack and the answer to it, however near their places. Merging
 * already keeps such doers apart; this keeps both once scored. */
function twoDoers(a: DraftEvent, b: DraftEvent): boolean {
  // Arabic spans are long and their actor readings take a victim or a quoted outlet for a doer often enough
  // ("قتل 4 من قوات الأمن السعودية في الدمام", "قالت «الشرق الأوسط»") that two names are no proof of two acts there.
  if (ARABIC_SCRIPT.test(a.evidence.text)) return false;
  const x = known(a);
  const y = known(b);
  return !!x && !!y && x !== y;
}

/** Two events of one type drawn from one evidence span are separate happenings: each has a place, and the places
 * are apart (neither holds the other, and they are farther apart than a town's reach). */
export function separateHappenings(a: DraftEvent, b: DraftEvent): boolean {
  if (twoDoers(a, b)) return true;
  // "أطلقت صاروخا من غزة … ردّ عليه الجيش الإسرائيلي بغارة": an act and the answer to it (reply-act.ts).
  if (answersAnother(a) !== answersAnother(b)) return true;
  const p = a.place;
  const q = b.place;
  if (!p || !q || p.id === q.id) return false;
  return !nested(p, q) && distanceKm(p, q) > NEAR_KM;
}
