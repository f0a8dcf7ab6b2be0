// Arabic "قصف 3 مواقع للجهاديين في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس", "قبالة بلدة …": a border area
// told as the one FACING a town across the line is set by that town, a few kilometres off, not by the whole country
// it lies in. The country named by the trigger does not then outweigh the foreign town (choose-location.ts).
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

/** "المقابلة ل…", "المقابل ل…", "مقابل …", "قبالة …": facing. */
const FACING = new Set(['المقابله', 'المقابل', 'مقابل', 'مقابله', 'قباله'].map(foldWord));
/** A settlement noun between the facing word and the name: "لمدينة", "بلدة", "لقرية". */
const SETTLEMENT = new Set(['مدينه', 'بلده', 'قريه', 'معبر'].map(foldWord));

const bare = (t: Token): string => (/^ل/.test(t.norm) ? t.norm.slice(1) : t.norm);

/** True when the Arabic town or city `p` is named as the one an area faces ("المقابلة لمدينة كيليس"). */
export function facesTown(tokens: Token[], p: Span<PlaceLike>): boolean {
  const first = tokens[p.first];
  if (!first?.isArabic || p.value.kind === 'country' || p.value.kind === 'region') return false;
  let k = p.first - 1;
  if (k >= 0 && SETTLEMENT.has(bare(tokens[k]))) k--;
  return k >= 0 && FACING.has(tokens[k].norm);
}
