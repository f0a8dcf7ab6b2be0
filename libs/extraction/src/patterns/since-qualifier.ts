// "بدأ الحزب مفاوضات مع الحزب الحاكم منذ 2002", "غارات على المدينة المحاصرة منذ 2013": an Arabic منذ span right after
// the definite adjective of a noun that a preposition set apart from the trigger says how long that noun has been so
// (ruling, besieged); it does not date the trigger back (background-cues.ts).
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

const PREPOSITIONS = foldedSet(['مع', 'على', 'ضد', 'بين', 'إلى', 'عن', 'في', 'من']);

/** True when the منذ at token k follows a definite adjective (k - 1) of a noun after a preposition that stands
 * between the trigger and that noun. */
export function qualifiesLaterNoun(tokens: Token[], trigger: number, k: number): boolean {
  const adjective = tokens[k - 1];
  if (k - 3 <= trigger || !adjective?.isArabic || !adjective.norm.startsWith('ال')) return false;
  if (!tokens[k - 2]?.isArabic || !tokens[k - 2].norm.startsWith('ال')) return false;
  for (let j = trigger + 1; j < k - 2; j++) if (PREPOSITIONS.has(tokens[j].norm)) return true;
  return false;
}
