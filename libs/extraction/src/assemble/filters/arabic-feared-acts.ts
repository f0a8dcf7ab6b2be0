// Acts feared or braced for: "مخاوف من مزيد من هجمات مقاومة آزال", "خشية من هجمات انتقامية", "تحسبا لمزيد من
// الغارات". The noun is what someone fears may come, not a reported happening (codebook: forecasts are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

const FEAR = wordSet('مخاوف المخاوف تخوف تخوفات خشية خوفا خوف تحسبا قلق');
const MORE = wordSet('مزيد المزيد');

/** An Arabic noun trigger right after a fear word and its من, with "(ال)مزيد من" between or not ("تحسبا لمزيد من"). */
export function fearedAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.voice !== 'noun' || !tokens[trigger.first]?.isArabic) return false;
  let k = trigger.first - 1;
  let steps = 0;
  while (steps < 3 && k > clauseFirst && (tokens[k].norm === 'من' || hasWord(tokens[k], MORE))) {
    k--;
    steps++;
  }
  return steps > 0 && hasWord(tokens[k], FEAR);
}
