// "وقال إن هدف الهجوم التخفيف عن مدينة الزبداني", "قصف أربع بلدات شيعية بهدف تخفيف الضغط عن الزبداني": the town an
// offensive means to relieve ("تخفيف الضغط عن X") is the front it draws the enemy away from, not where the offensive
// strikes; the town attacked, named elsewhere in the sentence or before it, is the scene.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { hasWord, wordSet } from '../../text/word-sets';

const EASING = wordSet('تخفيف');
const PRESSURE = wordSet('الضغط ضغط');
const FROM = wordSet('عن');

/** Words from "عن" to the place: a unit noun, the relieved town itself and the area holding it ("عن مدينة الزبداني
 * في ريف دمشق": the countryside only says where the relieved town lies). */
const REACH = 5;

/** True when the place is what "تخفيف (الضغط) عن" says the act means to relieve, or the area named right after it. */
export function isRelievedPlace(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  for (let k = p.first - 1; k >= Math.max(lowest, p.first - REACH); k--) {
    if (!tokens[k].isArabic) return false;
    if (!FROM.has(tokens[k].norm)) continue;
    let e = k - 1;
    if (e >= lowest && PRESSURE.has(tokens[e].norm)) e--;
    return e >= lowest && hasWord(tokens[e], EASING);
  }
  return false;
}
