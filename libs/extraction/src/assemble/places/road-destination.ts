// "شن هجوما قرب القرية على الطريق المؤدية إلى المدينة": a road is named for the town it leads to, often hours away;
// what happened on it happened on the road (near the village), not in the town at its end. Arabic only; the English
// ends of named roads are road-ends.ts.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** The road or way itself. */
const ROAD = foldedSet(['الطريق', 'طريق', 'الطرق', 'الأوتوستراد', 'اوتوستراد', 'الخط']);
/** Participles of leading somewhere: "المؤدية إلى", "الواصل بين", "المتجه نحو". */
const LEADING = foldedSet([
  'المؤدي',
  'المؤدية',
  'الموصل',
  'الموصلة',
  'الواصل',
  'الواصلة',
  'الرابط',
  'الرابطة',
  'المتجه',
  'المتجهة',
]);
/** The word heading the road's end. */
const TOWARDS = foldedSet(['إلى', 'الى', 'نحو', 'باتجاه', 'اتجاه']);
/** Fillers between the heading word and the name: "إلى مدينة باما". */
const FILLER = foldedSet(['مدينة', 'بلدة', 'قرية', 'محافظة', 'منطقة']);
/** Words an adjective of the road may take between it and the participle: "الطريق الرئيسي المؤدي". */
const MAX_ROAD_GAP = 2;

/** True when an Arabic place ends a road ("الطريق المؤدية إلى باما"), so the clause is set on the road, not there. */
export function isRoadDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (!tokens[p.first]?.isArabic) return false;
  let k = p.first - 1;
  while (k > lowest && k >= p.first - 2 && FILLER.has(tokens[k].norm)) k--;
  if (k - 1 < lowest || !TOWARDS.has(tokens[k].norm) || !LEADING.has(tokens[k - 1].norm)) return false;
  for (let r = k - 2; r >= Math.max(lowest, k - 2 - MAX_ROAD_GAP); r--) if (ROAD.has(tokens[r].norm)) return true;
  return false;
}
