// Arabic manner phrases: "بالتعاون مع", "بالتنسيق مع" say how another act is done ("سيعملون بالتعاون مع المسؤولين على
// إعادة فتح المطار", "ستستمر في عملية التحرير بتنسيق مع قوات التحالف"). They share that act's mood: when the verb
// beside them is future ("سـ", "سوف"), the cooperation is planned, not reported. A manner phrase on a done act
// ("تنفذ الجامعة بالتعاون مع الوزارة برنامجا") still reports the joint work.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet } from '../../text/word-sets';

const WITH = wordSet('مع');
const WILL = wordSet('سوف وسوف');
// The verb the phrase hangs on stands near it, before the phrase or right after its partner.
const VERB_REACH = 6;

/** An Arabic cooperation masdar with the preposition ب (alone or after و) followed by مع. */
function mannerPhrase(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (trigger.spec.type !== 'COOPERATE' || trigger.spec.voice !== 'noun' || !t?.isArabic) return false;
  if (trigger.end !== trigger.first + 1 || !hasWord(tokens[trigger.end], WITH)) return false;
  const bare = t.norm.replace(/^و/, '');
  return bare.startsWith('ب') && t.stems.includes(bare.slice(1));
}

/** "سيعملون", "وستبدأ": an imperfect verb carrying the future prefix سـ (or after سوف). */
function futureVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.isArabic) return false;
  if (hasWord(tokens[k - 1], WILL) && /^[يتنا]/.test(t.norm)) return true;
  const bare = t.norm.replace(/^[وف]/, '');
  return /^س[يتن]/.test(bare) && t.stems.includes(bare.slice(1));
}

/** True when a manner phrase of cooperation stands beside a future verb in its clause. */
export function plannedCooperation(tokens: Token[], trigger: TriggerMatch, cFirst: number, cEnd: number): boolean {
  if (!mannerPhrase(tokens, trigger)) return false;
  for (let k = Math.max(cFirst, trigger.first - VERB_REACH); k < Math.min(cEnd, trigger.end + VERB_REACH); k++)
    if (futureVerb(tokens, k)) return true;
  return false;
}
