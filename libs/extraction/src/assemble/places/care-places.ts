// Where the wounded are taken for care ("evacuated the wounded for treatment in Ankara",
// "treated at a hospital in Amman"): a hospital city abroad or in the capital is never the scene of the attack or of
// the evacuation that sent them there, and it does not become the setting the next sentence's battle inherits.
// English only: the Arabic care words ("للعلاج في") were tried and cost an Arabic dev event.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Nouns and participles of medical care: "treatment", "treated", "hospitalised". */
const CARE = foldedSet([
  'treatment',
  'treated',
  'hospitalised',
  'hospitalized',
  'hospitalisation',
  'hospitalization',
  'care',
]);
/** Words that may stand between the care word and the place: "for medical treatment in", "treated at a hospital in". */
const CARE_GAP = foldedSet([
  'in',
  'at',
  'a',
  'the',
  'hospital',
  'hospitals',
  'military',
  'medical',
  'specialised',
  'specialized',
]);
const CARE_REACH = 5;

/** "flew eight of the wounded to Ankara for treatment": the care purpose told right after the place it was sent to. */
function sentForCare(tokens: Token[], p: Span<PlaceLike>): boolean {
  if (tokens[p.first - 1]?.norm !== 'to' || tokens[p.end]?.norm !== 'for') return false;
  for (let k = p.end + 1; k < p.end + 3 && k < tokens.length; k++) if (CARE.has(tokens[k].norm)) return true;
  return false;
}

/** True when the place is where someone is (to be) treated: a care word reaches it across in/at/hospital words. */
export function isCarePlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (sentForCare(tokens, p)) return true;
  for (let k = p.first - 1; k >= lowest && k >= p.first - CARE_REACH; k--) {
    const t = tokens[k];
    if (CARE.has(t.norm)) return true;
    if (!CARE_GAP.has(t.norm)) return false;
  }
  return false;
}
