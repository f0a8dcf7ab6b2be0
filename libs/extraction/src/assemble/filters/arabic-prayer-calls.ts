// Arabic prayers written with the verb of calling: دعا means both "called on" and "prayed", and a prayer names a
// blessing as its complement ("داعيا للفقيد بالرحمة", "ودعا سموه للمصابين بالشفاء العاجل") or asks God to grant one
// ("داعيا أن يتغمده الله برحمته"). verbal.patterns.ts drops the prayer when "الله" or "له" follows the verb at once;
// here the blessing may come a few words later, past an honorific or the person prayed for ("داعياً سموه للذين
// استشهدوا بالرحمة"). Codebook: condolences and prayers are not demands on anyone.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, stopBefore, wordSet } from '../../text/word-sets';

// The verb دعا in its past, present and participle forms (not طالب or ناشد: nobody "demands" mercy for the dead).
const CALL = wordSet('دعا دعت دعوا يدعو تدعو ندعو أدعو يدعون داعيا داعية داعين داعيًا داعياً');
// What a prayer asks for, with the ب of its object: mercy, forgiveness, healing, success, patience for the family.
const BLESSINGS = wordSet(
  'بالرحمة بالمغفرة بالشفاء بالعافية بالتوفيق بالسداد بالصبر والسلوان برحمته بواسع رحمته بالفردوس بالجنة',
);
// "أن يتغمده الله", "أن يرحمه", "أن يشفي المصابين", "أن يلهم ذويه الصبر": God as the one asked to act.
const GRANTS = /^(?:يتغمد|يرحم|يشفي|يلهم|يتقبل|يسكن|يجزي)(?:ه|ها|هم|هما)?$/;
const PRAYER_WINDOW = 8;

/** "داعياً سموه للذين استشهدوا بالرحمة", "داعين للفقيدة بالرحمة", "ودعا أن يتغمده الله بواسع رحمته": an Arabic call
 * verb of the root د-ع-و whose complement (within eight words, in its sentence) is a blessing is a prayer. */
export function prayerCall(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || !tokens[trigger.first]?.isArabic || !hasWord(tokens[trigger.first], CALL))
    return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + PRAYER_WINDOW); k++) {
    if (stopBefore(text, tokens, k)) return false;
    if (hasWord(tokens[k], BLESSINGS) || GRANTS.test(tokens[k].norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}
