// The constituency a deputy sits for ("النائب عن محافظة الأنبار") describes him, not the scene (location-cues.ts).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Members of a parliament or council, who sit "for" a constituency: "النائب عن محافظة الأنبار". */
const DEPUTY = foldedSet([
  'نائب',
  'النائب',
  'البرلماني',
  'برلماني',
  'عضو',
  'العضو',
  'النواب',
  'البرلمان',
  'الشوري',
  'المرشح',
]);
const FOR = foldedSet(['عن']);
/** Filler between "عن" and the constituency: "عن محافظة الأنبار", "عن مدينة الموصل". */
const CONSTITUENCY_FILLER = foldedSet(['محافظه', 'مدينه', 'منطقه', 'ولايه', 'دائره', 'قضاء']);

/** "ودعا البرلماني عن محافظة الأنبار فارس الفهداوي", "عضو مجلس النواب عن الموصل": the constituency a deputy sits
 * for describes him, not the scene. */
export function representedPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  if (k >= lowest && CONSTITUENCY_FILLER.has(tokens[k].norm)) k--;
  if (k - 1 < lowest || !FOR.has(tokens[k].norm)) return false;
  const w = tokens[k - 1];
  return w.isArabic && (DEPUTY.has(w.norm) || w.stems.some((s) => DEPUTY.has(s)));
}
