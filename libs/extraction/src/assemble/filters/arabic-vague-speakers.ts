// Arabic statements whose speaker is nobody in particular: "يتهمني البعض بالمبالغة", "ووجه البعض الاتهامات للفتاتين",
// "وينتقد البعض البرنامج", "ممن يتهمونها بسرقة القصة". "Some people" or "those who" make no demand, accusation or
// denial that an actor can be held to (codebook: opinions and talk are not events).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { VERBAL } from '../event-classes';
import { hasWord } from '../../text/word-sets';

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

// "البعض", "بعضهم" as a subject; "ممن" (of those who) before the verb.
const SOME = set('البعض بعضهم بعضهن');
const THOSE_WHO = set('ممن وممن');

/** An Arabic statement trigger whose subject is "some people": البعض or بعضهم right after the verb (VSO) or right
 * before it (SVO, "لا زال البعض يتهم"), or ممن (of those who) right before it. */
export function vagueSpeaker(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || !VERBAL.has(trigger.spec.type)) return false;
  const before = tokens[trigger.first - 1];
  const after = tokens[trigger.end];
  if (before && (SOME.has(before.norm) || THOSE_WHO.has(before.norm))) return true;
  return trigger.spec.voice !== 'noun' && !!after && SOME.has(after.norm);
}

// Commentators: experts, analysts, researchers, writers and academics, one or many.
const COMMENTATORS = set(
  'الخبير خبير الخبراء خبراء المحلل محلل المحللون محللون المحللين الباحث باحث الباحثون باحثون الكاتب كاتب الأكاديمي أكاديمي أكاديميون',
);

/** "وحذر الخبير في شؤون الأمن من أن الرئيس هدف ثمين", "ويتهم محللون الحكومة بالتقصير": an Arabic statement verb
 * whose subject, right after it (VSO) or right before it (SVO), is an expert, analyst, researcher or writer gives an
 * opinion (codebook: opinions and analysis are not events). */
export function commentatorSpeaker(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic || !VERBAL.has(trigger.spec.type) || trigger.spec.voice === 'noun') return false;
  return hasWord(tokens[trigger.end], COMMENTATORS) || hasWord(tokens[trigger.first - 1], COMMENTATORS);
}
