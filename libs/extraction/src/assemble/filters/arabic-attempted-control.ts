// Taking control that is only attempted: "الحوثيين الذين يحاولون فرض سيطرتهم على المدينة", "اللجان التي تحاول السيطرة
// على القاعدة", "في محاولة للسيطرة على الحي". The verb or masdar of trying before a word of control says the side has
// not taken the place (yet); the fighting around it is read by its own triggers. Attempted attacks stay events ("حاولت
// مهاجمة ثكنة": the attack was made), so only the seizure reading is dropped.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { wordBefore, wordSet } from '../../text/word-sets';

const TRYING = wordSet(
  'يحاول تحاول يحاولون تحاولان يحاولان حاول حاولت حاولوا محاولة محاولات محاولته محاولتها محاولتهم ' +
    'لمحاولة ومحاولة يحاولوا',
);
// The trying word, then at most "فرض"/"بسط"/"إحكام" and the control word: "يحاولون فرض سيطرتهم".
const TRY_REACH = 3;

/** "الذين يحاولون فرض سيطرتهم على تعز", "التي تحاول السيطرة على قاعدة العند": an Arabic seizure trigger with a verb or
 * masdar of trying within three words before it, in its clause, is an aim, not a place taken. */
export function attemptedControl(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (trigger.spec.type !== 'COERCE' || trigger.spec.mode !== 'seize' || !tokens[trigger.first]?.isArabic) return false;
  return wordBefore(tokens, TRYING, trigger.first, TRY_REACH, clauseFirst);
}
