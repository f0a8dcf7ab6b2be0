// An accusation named as the grounds of another act: "جرت التوقيفات على خلفية اتهامهم بالصلة بالتنظيم", "فصل
// الموظف بسبب اتهامه بالرشوة". The arrest or dismissal is the news; the accusation is why it was done, told as its
// reason, not an accusation someone made now (the accuser, if any, is the acting body itself).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

// "على خلفية", "بسبب", "بدعوى", "بحجة": on the grounds of.
const GROUNDS = wordSet('خلفية بسبب بدعوى بحجة');

/** An Arabic accusation noun right after a word of grounds. */
export function statedGrounds(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || trigger.spec.type !== 'ACCUSE' || trigger.spec.voice !== 'noun') return false;
  return hasWord(tokens[trigger.first - 1], GROUNDS);
}
