// Border reports tell where fire came from: "تعرض مركز المسيال بقطاع ظهران الجنوب لقذائف عسكرية كثيفة من داخل الأراضي
// اليمنية", "قذائف أطلقت من الأراضي السورية". The territory the shells were fired from is no scene; the attack
// happened where they landed, the post or town the clause names besides it.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

const TERRITORY = foldedSet(['الأراضي', 'أراضي', 'الأرض', 'أرض']);
const FROM = foldedSet(['من']);
const INSIDE = foldedSet(['داخل']);

/** True when the place is the territory fire came from: "من (داخل) الأراضي اليمنية", or any place "من داخل" it. */
export function isFireOrigin(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  // "الأراضي" may stand outside the mention ("الأراضي" + a gentilic the gazetteer reads alone) or inside it.
  const territory = TERRITORY.has(tokens[p.first]?.norm ?? '') || (k > lowest && TERRITORY.has(tokens[k].norm));
  if (k > lowest && TERRITORY.has(tokens[k].norm)) k--;
  if (k < lowest) return false;
  if (INSIDE.has(tokens[k].norm)) return k - 1 >= lowest && FROM.has(tokens[k - 1].norm);
  return territory && FROM.has(tokens[k].norm);
}
