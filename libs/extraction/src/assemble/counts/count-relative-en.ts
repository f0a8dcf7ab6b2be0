// "Two residents who tried to resist were shot dead", "three soldiers who were on patrol were killed", "three
// soldiers escorting the convoy had been killed": an English relative clause, participle or "from" phrase between a
// counted subject and its casualty verb. The figure before "who" counts the casualty word
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

/** Words opening what a counted subject is described by: "who were on patrol", "escorting the convoy", "from the
 * escort". */
const MODIFIER_OPENERS = new Set(['who', 'from', 'aboard', 'inside']);
const opensModifier = (t: Token): boolean => MODIFIER_OPENERS.has(t.norm) || /^[a-z]{3,}ing$/.test(t.norm);

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
    if (!opensModifier(tokens[r])) continue;
    const n = numbers.find((m) => !taken.has(m) && m.first >= from && m.end <= r && r - m.end <= NOUN_WORDS);
    // "three nurses who were driving to the clinic": a participle inside the clause is no opener of its own.
    if (!n) continue;
    // Another figure inside the clause ("who had held 20 hostages") leaves the reading unsure.
    return numbers.some((m) => m.first > r && m.first < k) ? null : n;
  }
  return null;
}
