// Reopening a facility ("إعادة فتح مطار عدن", "أعادت السلطات فتح الميناء والمدارس"): an airport, seaport, school,
// hospital or market opened again after fighting or repair restores a service; no restriction on an opponent is
// eased, so it is no concession (codebook CONCEDE: easing restrictions, lifting a ban). A crossing, border, road or
// embassy reopened to the other side still is one.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

const OPEN = foldWord('فتح');
const FACILITIES = wordSet(
  'مطار المطار ميناء الميناء موانئ الموانئ مدارس المدارس مستشفى المستشفى مستشفيات المستشفيات أسواق الأسواق سوق السوق',
);
// The facility follows the open verb, past a name in between: "فتح مطار عدن", "فتح المطار والميناء".
const OBJECT_REACH = 2;

/** True when an Arabic reopening concession has a facility as what is opened. */
export function reopenedFacility(tokens: Token[], trigger: TriggerMatch, clauseEnd: number): boolean {
  if (trigger.spec.type !== 'CONCEDE' || !tokens[trigger.first]?.isArabic) return false;
  if (!trigger.spec.words.includes(OPEN)) return false;
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + OBJECT_REACH); k++)
    if (hasWord(tokens[k], FACILITIES)) return true;
  return false;
}
