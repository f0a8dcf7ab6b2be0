// Where the wounded are taken for care ("evacuated the wounded for treatment in Ankara",
// "treated at a hospital in Amman"): a hospital city abroad or in the capital is never the scene of the attack or of
// the evacuation that sent them there, and it does not become the setting the next sentence's battle inherits.
// English for the scene: the Arabic care words ("للعلاج في") were tried there and cost an Arabic dev event. Arabic
// only for the setting: "يتم نقلهم إلى مستشفيات في محافظة الحديدة" does not move the next sentence's strike there.
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

/** Arabic hospital nouns: "مستشفى", "المستشفيات". */
const AR_HOSPITAL = foldedSet(['مستشفى', 'المستشفى', 'مستشفيات', 'المستشفيات']);
/** Words between "إلى" and the place: "إلى مستشفيات في", "إلى مستشفى بمدينة", "إلى أحد مستشفيات". */
const AR_HOSPITAL_GAP = foldedSet(['في', 'ب', 'مدينه', 'محافظه', 'احد', 'عدد', 'من']);
const AR_HOSPITAL_REACH = 5;

/** "نُقلوا إلى مستشفيات في محافظة الحديدة": the place the casualties were taken to, a hospital noun after "إلى"
 * reaching it across in/city words. Where the wounded were taken is no setting for the next sentence. */
export function isArabicHospitalDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (!tokens[p.first]?.isArabic) return false;
  for (let k = p.first - 1; k > lowest && k >= p.first - AR_HOSPITAL_REACH; k--) {
    const t = tokens[k];
    const bare = /^[بل]/.test(t.norm) && AR_HOSPITAL_GAP.has(t.norm.slice(1)) ? t.norm.slice(1) : t.norm;
    if (AR_HOSPITAL.has(t.norm)) return ['الي', 'الى'].includes(tokens[k - 1]?.norm ?? '');
    if (!AR_HOSPITAL_GAP.has(bare)) return false;
  }
  return false;
}
