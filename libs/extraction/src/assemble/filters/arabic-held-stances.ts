// Arabic statements held over time rather than made now: "ما زال يتهم بالتعاون مع الحوثيين", "لا تزال ترفض"
// (still accuses, still refuses), and the second verb of a relative clause describing a standing rule or body ("المواثيق
// التي تمنع وترفض كل صور التدخل"). Codebook: states and general statements are not events.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { hasWord, wordSet, wordBefore } from '../../text/word-sets';

// "ظلت واشنطن ترفضها" (kept refusing it): ظل before an imperfect is a stance held, as "still" is.
const STILL = wordSet('زال زالت يزال تزال يزالون مازال مازالت لازال لازالت لايزال لاتزال ظل ظلت ظلوا يظل تظل');
const RELATIVE = wordSet('الذي التي الذين والذي والتي والذين');
// An imperfect verb: present-tense prefix, with و at most.
const IMPERFECT = /^و?[يتن]/;
const STANCE_TYPES = new Set(['REJECT', 'REQUEST', 'ACCUSE', 'SUPPORT']);
const STILL_REACH = 3;

/** "ما زال يتهم", "لا تزال الحكومة ترفض", "ظلت واشنطن ترفضها": an imperfect statement verb up to three words after "still" is a position
 * held, not a statement made now. */
export function stillHeld(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.voice === 'noun' || !STANCE_TYPES.has(trigger.spec.type)) return false;
  if (!IMPERFECT.test(t.norm)) return false;
  return wordBefore(tokens, STILL, trigger.first, STILL_REACH, clauseFirst);
}

/** "والتي تمنع وترفض كل صور التدخل": an imperfect statement verb joined by و to an imperfect verb right after a
 * relative pronoun continues the relative clause: it describes, it reports nothing. */
export function relativeSecondVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.voice === 'noun' || !STANCE_TYPES.has(trigger.spec.type)) return false;
  if (!/^و[يتن]/.test(t.norm)) return false;
  const prev = tokens[trigger.first - 1];
  return !!prev && /^[يتن]/.test(prev.norm) && RELATIVE.has(tokens[trigger.first - 2]?.norm ?? '');
}

// "حتى الآن", "حتى اللحظة", "لحد الآن": so far.
const SO_FAR_OPENERS = wordSet('حتى لحد لغاية');
const SO_FAR = wordSet('الآن اللحظة اليوم');
const SO_FAR_REACH = 4;

/** "رفضت إيران حتى الآن نشر نسخة رسمية", "الذي رفض حتى الآن اعتماد الصفقة": a refusal kept "so far" (within four
 * words after the verb) is a stance that stands, not a refusal made now. */
export function refusedSoFar(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t.isArabic || trigger.spec.voice === 'noun' || trigger.spec.type !== 'REJECT') return false;
  for (let k = trigger.end; k < Math.min(tokens.length - 1, trigger.end + SO_FAR_REACH); k++)
    if (hasWord(tokens[k], SO_FAR_OPENERS) && hasWord(tokens[k + 1], SO_FAR)) return true;
  return false;
}

// "كتابي … الذي طلبت فيه دعم موقفنا", "التعديلات التي طالب بها رئيس النادي": a relative pronoun, the call verb and a
// pronoun pointing back to the letter, speech or condition. "في الوقت الذي طالب فيه" (while he demanded) is left out:
// it times a demand made now.
const BACK_POINTERS = wordSet('فيه فيها فيهما به بها بهما');
const WHILE = wordSet('الوقت وقت');

/** "رسالة الرئيس الذي طالب فيها الأشقاء إنقاذ بلاده": a call told inside a relative clause on the letter, speech or
 * terms that carried it describes that thing (mostly an earlier one), it reports no call made now. */
export function relativeDemand(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REQUEST' || trigger.spec.voice === 'noun' || !tokens[trigger.first].isArabic) return false;
  if (!RELATIVE.has(tokens[trigger.first - 1]?.norm ?? '') || !hasWord(tokens[trigger.end], BACK_POINTERS))
    return false;
  return !hasWord(tokens[trigger.first - 2], WHILE);
}

/** A held stance or a call a relative clause describes (the three readings above): no statement made now. */
export function heldOrDescribed(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  return (
    stillHeld(tokens, trigger, clauseFirst) || relativeSecondVerb(tokens, trigger) || relativeDemand(tokens, trigger)
  );
}
