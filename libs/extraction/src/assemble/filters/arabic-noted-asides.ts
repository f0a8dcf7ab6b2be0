// "يذكر أنه في يوليو نفذ التحالف بعضا من أشد غاراته", "تجدر الإشارة إلى أن المحكمة قضت سابقا": a sentence opened
// by a formula of reminding ("it is worth noting that") recalls background for the reader rather than reporting
// the news. Codebook: background history is not an event.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldedSet, hasWord } from '../../text/word-sets';

// The formula's lead word: يذكر (passive "it is mentioned"), تجدر (الإشارة), الجدير (بالذكر). "ويشار إلى أن" is left
// out: reports use it to add fresh news as often as background.
const LEAD = foldedSet(['يذكر', 'ويذكر', 'تجدر', 'وتجدر', 'الجدير', 'والجدير']);
// What must follow the lead within two words for it to be the formula: أن / إلى / بالذكر / الإشارة.
const TAIL = foldedSet(['أن', 'ان', 'أنه', 'انه', 'إلى', 'الى', 'بالذكر', 'الإشارة', 'الاشارة']);
// The formula opens its sentence, after at most a short lead-in ("* كابل:").
const OPEN_REACH = 2;

/** The trigger's sentence opens with a formula of reminding. */
export function notedAside(tokens: Token[], trigger: TriggerMatch, sentenceFirst: number): boolean {
  if (!tokens[trigger.first]?.isArabic) return false;
  for (let k = sentenceFirst; k < Math.min(trigger.first, sentenceFirst + OPEN_REACH); k++) {
    if (!LEAD.has(tokens[k].norm)) continue;
    return hasWord(tokens[k + 1], TAIL) || hasWord(tokens[k + 2], TAIL);
  }
  return false;
}
