// "تمكنت الأجهزة من إحباط عدد من عمليات التفجير", "أحبطت الشرطة محاولة هجوم": an Arabic attack named as the object
// of foiling it did not happen (codebook: plotted or prevented acts are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import { MATERIAL } from '../event-classes';

const FOIL = foldedSet(['احباط', 'احبطت', 'احبط', 'احبطوا', 'افشال', 'افشلت', 'افشل', 'اجهاض', 'اجهضت', 'اجهض']);
// Words between the foiling word and the act: the attempt, a plan, a number of them, a demonstrative.
const FOIL_GAP = foldedSet([
  'هذا',
  'هذه',
  'محاولة',
  'محاولات',
  'عملية',
  'عمليات',
  'مخطط',
  'مخططات',
  'عدد',
  'من',
  'سلسلة',
]);
const FOIL_REACH = 5;

function foiledAt(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && first - k < FOIL_REACH && FOIL_GAP.has(tokens[k].norm)) k--;
  const t = tokens[k];
  return !!t?.isArabic && (FOIL.has(t.norm) || t.stems.some((x) => FOIL.has(x)));
}

/** A material Arabic act whose trigger follows a word of foiling, past attempt and count words only, or the
 * instrument of such an act ("إحباط عمليات التفجير بعبوات ناسفة"). */
export function foiledAct(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!MATERIAL.has(trigger.spec.type) || !tokens[trigger.first]?.isArabic) return false;
  if (foiledAt(tokens, trigger.first)) return true;
  return /^ب/.test(tokens[trigger.first].norm) && trigger.first > 0 && foiledAt(tokens, trigger.first - 1);
}
