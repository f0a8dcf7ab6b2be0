// "إن القوات قتلت المدنيين", "قتلت عمداً مدنيين أبرياء", "مما أسفر عن مقتل العناصر بداخلها": an Arabic killing
// verb or noun whose object is a word for people reports a killing even when the article gives no toll; only a bare
// death word without a toll ("أعمال القتل") is background.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { PEOPLE } from '../counts/count-words.data';
import { foldedSet } from '../../text/word-sets';

/** Manner adverbs that may stand between the verb and its object ("قتلت عمداً مدنيين"). */
const MANNER = foldedSet(['عمدا', 'عمداً', 'عشوائيا', 'بدم', 'بوحشيه']);

/** A word for people, bare or definite: "مدنيين", "المدنيين", "والأطفال". */
function peopleWord(t: Token): boolean {
  const bare = t.norm.replace(/^[وف]?ال/, '');
  return PEOPLE.has(t.norm) || PEOPLE.has(bare) || t.stems.some((s) => PEOPLE.has(s));
}

/** An Arabic killing verb with a people object right after it (past a manner adverb), or a killing noun in
 * construct with a people word ("ومقتل العناصر الإرهابية بداخلها"): whose death is named, not a bare topic. */
export function killsPeople(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!tokens[trigger.first]?.isArabic) return false;
  let k = trigger.end;
  while (k < tokens.length && k < trigger.end + 2 && MANNER.has(tokens[k].norm)) k++;
  return !!tokens[k] && tokens[k].isArabic && peopleWord(tokens[k]);
}
