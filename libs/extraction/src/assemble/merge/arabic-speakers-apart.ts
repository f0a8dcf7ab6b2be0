// Arabic statements of two speakers. An Arabic report strings statements together sentence after sentence
// ("اتهمت حكومة الوفاق الحكومة الإسرائيلية … وحملت حركتا حماس والجهاد الاحتلال المسؤولية"): when the subject slot
// of each names its speaker and the two differ, they are two statements (codebook: one event per distinct
// happening), even when only one of the speakers is in the dictionary. A speaker only found near the trigger
// proves nothing and still folds.
import type { DraftEvent } from '../assemble.types';
import { nearestReading } from '../actors/actor-reading';
import { ARABIC_SCRIPT } from '../../text/tokenize';

const STATEMENTS = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);

/** The speaker read in the statement's own subject slot, not the nearest mention. */
const slotSpeaker = (d: DraftEvent) => (d.actor && !nearestReading(d) ? d.actor : null);

/** Two Arabic statements of one type, told in different sentences by two different speakers read in their slots. */
export function arabicSpeakersApart(o: DraftEvent, e: DraftEvent): boolean {
  if (!STATEMENTS.has(e.type) || o.sentence === e.sentence || !ARABIC_SCRIPT.test(e.evidence.text)) return false;
  const a = slotSpeaker(o);
  const b = slotSpeaker(e);
  return !!a && !!b && a.id !== b.id;
}
