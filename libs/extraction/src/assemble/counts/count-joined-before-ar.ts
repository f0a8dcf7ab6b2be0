// "وقال السكان إن 25 حوثيا و10 من رجال المقاومة سقطوا قتلى": Arabic groups joined by و in the subject before the
// death word add up (35). The pair readers give the death word the nearest figure (10); the group before it, a figure
// and its one counted noun ("25 حوثيا", "25 مسلحا"), is read here. A death or injury word between the two groups
// ("قتل 5 وأصيب 10") makes them two tolls, and a taken figure is another word's.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';

/** The figure of the group joined by و before the figure n (ending right before the death word's subject), or null. */
export function arabicGroupBefore(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  n: NumberMention,
  from: number,
  isCue: (j: number) => boolean,
): NumberMention | null {
  if (!tokens[n.first]?.isArabic && !tokens[n.first]?.isNumber) return null;
  if (tokens[n.first - 1]?.norm !== 'و' || n.first - 3 < from) return null;
  const noun = tokens[n.first - 2];
  // One counted noun between: "25 حوثيا", "12 جنديا" (the accusative of a figure from 11 to 99).
  if (!noun?.isArabic || isCue(n.first - 2)) return null;
  const prev = numbers.find((m) => m.end === n.first - 2 && m.first >= from);
  if (!prev || taken.has(prev) || prev.approximate !== n.approximate) return null;
  return tokens[n.first - 1].start - noun.end <= 1 ? prev : null;
}
