// "قاضي التحقيق في الملف", "قضاة التحقيق": the investigating judge is an office named in idafa, not an inquiry
// opened. Only the bare construct noun counts: "بدأ القاضي التحقيق في الحادث" (the judge began the inquiry) keeps it.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

const JUDGES = foldedSet(['قاضي', 'قاضى', 'قاضية', 'قضاة']);
const INQUIRY = foldWord('التحقيق');

/** An Arabic investigation trigger that only names the investigating judge ("قاضي التحقيق"). */
export function officeTitle(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'ACCUSE' || !t?.isArabic || t.norm !== INQUIRY) return false;
  const before = tokens[trigger.first - 1]?.norm ?? '';
  return JUDGES.has(before.replace(/^[وفلب]/, '')) || JUDGES.has(before);
}
