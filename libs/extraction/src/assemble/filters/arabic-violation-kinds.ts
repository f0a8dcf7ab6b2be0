// "الجرائم المرتكبة من جانب المتمردين والتي شملت القصف العشوائي للمدنيين ... والحصار المفروض على المدن": a relative
// clause that lists the kinds of crimes or violations a side committed catalogues them; each listed act is no event
// reported now (codebook: generic statements are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet, hasWord } from '../../text/word-sets';

const VIOLATIONS = foldedSet(['جرائم', 'الجرائم', 'انتهاكات', 'الانتهاكات', 'أنماط', 'أشكال']);
const WHICH = foldedSet(['التي', 'والتي', 'التى', 'والتى']);
const INCLUDED = foldedSet(['شملت', 'تشمل', 'تضمنت', 'تتضمن', 'منها', 'ومنها']);
/** How far the relative clause may stand from the violations noun it describes. */
const NOUN_REACH = 8;

/** An Arabic trigger listed in a relative clause naming the kinds of crimes committed ("الجرائم التي شملت القصف"). */
export function violationKind(tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic) return false;
  for (let k = trigger.first - 1; k > sentenceFirst; k--) {
    if (!hasWord(tokens[k], INCLUDED) || !hasWord(tokens[k - 1], WHICH)) continue;
    for (let j = k - 2; j >= Math.max(sentenceFirst, k - 1 - NOUN_REACH); j--)
      if (hasWord(tokens[j], VIOLATIONS)) return true;
    return false;
  }
  return false;
}
