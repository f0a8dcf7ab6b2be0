// Arabic "كانت تُعد لمخطط إرهابي يرمي لاستهداف منشآت حيوية … بجهة بنزرت، وقد تمكنت … من القبض على 13 إرهابيا":
// a place told as the target of a plot ("مخطط … لاستهداف", "تخطط لاستهداف", "بهدف استهداف") is where something was
// meant to happen, not the scene of the happening the sentence goes on to tell (the arrests, the shoot-out).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** "استهداف" and its glued forms: the verbal noun of targeting after a plot word. */
const TARGETING = foldedSet(['استهداف', 'لاستهداف', 'باستهداف', 'يستهدف', 'تستهدف', 'ليستهدف', 'لتستهدف']);
/** Words of plotting: "مخطط", "تخطط", "يرمي", "تعد ل" ("بهدف" is left out: it as often gives the aim of the act told,
 * "شنت غارات بهدف استهداف مواقع في درنة"). */
const PLOT = foldedSet([
  'مخطط',
  'مخططا',
  'لمخطط',
  'مخططات',
  'تخطط',
  'يخطط',
  'يخططون',
  'خطه',
  'يرمي',
  'ترمي',
  'تعد',
  'يعد',
  'يعدون',
]);
/** Words between the target verb and its place ("لاستهداف منشآت حيوية مهمة «سدود» ومناطق أمنية حساسة بجهة بنزرت"). */
const TARGET_REACH = 10;
/** Words between the plot word and the target verb ("مخطط إرهابي يرمي لاستهداف"). */
const PLOT_REACH = 4;

/** True when `p`, named before the trigger, is the target of a plot ("مخطط … لاستهداف … بجهة بنزرت"). */
export function isPlannedTarget(tokens: Token[], p: Span<PlaceLike>, lowest: number, triggerFirst: number): boolean {
  // Only a target named before the trigger: a plot told after it ("… بعد كشف مخطط لاستهداف …") may be its own story.
  if (!tokens[p.first]?.isArabic || p.first >= triggerFirst) return false;
  for (let k = p.first - 1; k >= Math.max(lowest, p.first - TARGET_REACH); k--) {
    if (!TARGETING.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(lowest, k - PLOT_REACH); j--) if (PLOT.has(tokens[j].norm)) return true;
    return false;
  }
  return false;
}
