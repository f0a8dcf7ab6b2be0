// "خفف" is a concession only when a party eases a restriction it imposes ("خففت السلطات القيود على المعبر"). Easing
// a burden, pain or tension ("وخففت من حدة المعوقات", "خففت الألم", "يخفف الضغط على المستشفيات") is a figure of
// speech, and measures that "were eased" ("إن التدابير خففت قليلا حول المبنى") name no party that conceded.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

// The verb itself, past or present: "خفف", "خففت", "يخفف", "تخفف".
const EASE = /^[وف]?(?:خفف|خففت|خففوا|يخفف|تخفف)$/;
// What is eased in the figurative sense: severity, pain, suffering, burden, pressure, tension, congestion, a little.
const BURDENS = wordSet(
  'حدة الألم آلام ألم المعاناة معاناة وطأة العبء الأعباء عبء الضغط الضغوط التوتر الاحتقان الازدحام الزحام قليلا',
);
// Measures as the subject right before the verb.
const MEASURES = wordSet('التدابير الإجراءات الاجراءات الاحتياطات');
const FROM = foldWord('من');

/** An Arabic CONCEDE trigger of one word on the root خفف whose object (after an optional من) is a burden, or whose
 * subject right before it is "the measures". */
export function figurativeEasing(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'CONCEDE' || !t?.isArabic || trigger.end - trigger.first !== 1 || !EASE.test(t.norm))
    return false;
  if (hasWord(tokens[trigger.first - 1], MEASURES)) return true;
  let k = trigger.end;
  if (tokens[k]?.norm === FROM) k++;
  return hasWord(tokens[k], BURDENS);
}
