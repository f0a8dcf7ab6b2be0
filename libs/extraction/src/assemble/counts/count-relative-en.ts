// "Two residents who tried to resist were shot dead", "three soldiers who were on patrol were killed": an English
// relative clause between a counted subject and its casualty verb. The figure before "who" counts the casualty word
// after the clause, however long the clause (up to RELATIVE_REACH words), when an auxiliary opens that verb group.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';

/** Words of the verb group between the relative clause and the casualty word: "were", "had been", "were shot". */
const VERB_GROUP = new Set('were was had have has been also later reportedly shot found'.split(' '));
/** The auxiliary that must open that verb group: the relative clause ends where the main verb's group begins. */
const AUXILIARY = new Set(['were', 'was', 'had', 'have', 'has']);
const RELATIVE_REACH = 10;
/** At most two words (the counted noun: "residents", "police officers") between the figure and "who". */
const NOUN_WORDS = 2;

/** The figure counting the English casualty word at k across a relative clause on its subject, or null. */
export function beforeRelative(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  k: number,
  from: number,
): NumberMention | null {
  if (tokens[k].isArabic) return null;
  let j = k - 1;
  while (j >= from && VERB_GROUP.has(tokens[j].norm)) j--;
  // j + 1 opens the verb group: it must be an auxiliary ("were shot dead"), not the relative clause's own verb.
  if (j === k - 1 || !AUXILIARY.has(tokens[j + 1].norm)) return null;
  for (let r = j; r >= Math.max(from, j - RELATIVE_REACH); r--) {
    if (tokens[r].norm !== 'who') continue;
    const n = numbers.find((m) => !taken.has(m) && m.first >= from && m.end <= r && r - m.end <= NOUN_WORDS);
    // Another figure inside the clause ("who had held 20 hostages") leaves the reading unsure.
    if (!n || numbers.some((m) => m.first > r && m.first < k)) return null;
    return n;
  }
  return null;
}
