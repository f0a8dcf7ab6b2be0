// The constituency a deputy sits for ("النائب عن محافظة الأنبار") describes him, not the scene (location-cues.ts).
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { PlaceLike, Span } from './assemble.types';

const fold = (words: string[]): Set<string> => new Set(words.map(foldWord));

/** Members of a parliament or council, who sit "for" a constituency: "النائب عن محافظة الأنبار". */
const DEPUTY = fold([
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
const FOR = fold(['عن']);
/** Filler between "عن" and the constituency: "عن محافظة الأنبار", "عن مدينة الموصل". */
const CONSTITUENCY_FILLER = fold(['محافظه', 'مدينه', 'منطقه', 'ولايه', 'دائره', 'قضاء']);

/** "ودعا البرلماني عن محافظة الأنبار فارس الفهداوي", "عضو مجلس النواب عن الموصل": the constituency a deputy sits
 * for describes him, not the scene. */
export function representedPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  if (k >= lowest && CONSTITUENCY_FILLER.has(tokens[k].norm)) k--;
  if (k - 1 < lowest || !FOR.has(tokens[k].norm)) return false;
  const w = tokens[k - 1];
  return w.isArabic && (DEPUTY.has(w.norm) || w.stems.some((s) => DEPUTY.has(s)));
}
