// "الأقوال الباطلة وغير الصحيحة", "وهو الأمر غير الصحيح", "أي كلمة سلبية أو غير صحيحة": "غير صحيح" as an adjective
// on a noun describes it; only as a predicate ("أكد أن الأنباء غير صحيحة") does it deny a report. The definite form
// (غير الصحيح) and a second adjective after أو are always attributive.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';

const NOT = foldWord('غير');
const OR = new Set(['أو', 'او'].map(foldWord));

/** The Arabic denial "غير صحيح(ة)" read as an adjective: its second word has the article, or أو stands before it. */
export function untrueAdjective(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'REJECT' || !t?.isArabic || !t.stems.includes(NOT)) return false;
  if (/^ال/.test(tokens[trigger.first + 1]?.norm ?? '')) return true;
  return OR.has(tokens[trigger.first - 1]?.norm ?? '');
}
