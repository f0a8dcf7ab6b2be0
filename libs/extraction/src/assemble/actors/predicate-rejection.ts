// "أكد السفير أن الأخبار التي وردت بشأن الوساطة غير صحيحة", "إن تصرف النائب مرفوض", "أفاد المجلس أن ما تم تداوله
// لا صحة له": a rejection read from a predicate ("untrue", "rejected", "baseless") is the act of whoever says it.
// The names before the predicate are its subject, the thing rejected, and those after it belong to the next clause,
// so the clause holds no doer: the speaker of the sentence is (attach-actor.ts). The same holds for an accusation
// stated as a predicate of the accused ("قال الوزير إن إيران تدعم الإرهاب"): its subject is the accused, the
// accuser is whoever says it.
import { BLAME_HEADS } from '../../patterns/ar/blame-predicates';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { rawSubject, speakerPhraseAt } from '../clause/raw-subject';
import { isSpeechVerb } from '../clause/shared-subject';

// First words of the predicate phrases of verbal.patterns.ts ("غير صحيحة", "لا صحة لها", "عارية عن الصحة",
// "مرفوضة"); "لن تقبل" has a subject of its own ("إن السعودية لن تقبل") and is left out.
const PREDICATE_HEADS = new Set(['غير', 'لا', 'عارية', 'عار', 'مرفوض', 'مرفوضة'].map(foldWord));

// First words of the charge predicates of verbal.patterns.ts ("تدعم الإرهاب", "راعية للإرهاب"), said of the accused.
// The complementizer of a blame clause ("قال إن داعش يستخدم المدنيين دروعا بشرية", blame-predicates.ts) heads it too.
const CHARGE_HEADS = new Set(
  ['تدعم', 'يدعم', 'ترعى', 'يرعى', 'راعية', 'راعيا', 'دعمها', 'دعمه', ...BLAME_HEADS].map(foldWord),
);

const BLAME_SET = new Set(BLAME_HEADS.map(foldWord));

/** True when the trigger is a rejection or an accusation stated as a predicate, whose doer is the sentence's
 * speaker. */
export function isPredicateRejection(tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (!t?.isArabic) return false;
  // A blame clause reports only its complementizer (the rest is the '~~~' gap and the predicate).
  if (trigger.spec.type === 'ACCUSE')
    return (trigger.end - trigger.first >= 2 || BLAME_SET.has(t.norm)) && CHARGE_HEADS.has(t.norm);
  return trigger.spec.type === 'REJECT' && PREDICATE_HEADS.has(t.norm);
}

/** "لـ«الرياض»", "ل"الوطن"": a quoted outlet name after ل starting at token `at`; the token after its closing quote,
 * or -1. */
function outletAfter(text: string, tokens: Token[], at: number, limit: number): number {
  if (tokens[at]?.norm !== 'ل' || !/^\s*[«"“]/.test(text.slice(tokens[at].end, tokens[at + 1]?.start))) return -1;
  for (let j = at + 2; j < Math.min(limit, at + 6); j++)
    if (/[»"”]/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return j;
  return -1;
}

/** "وقال الرئيس الغانم ...: إن تصرف النائب مرفوض": the speaker phrase after the sentence's speech verb when the
 * dictionary has no name for it, or null. */
export function speakerPhrase(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  for (let k = sentenceFirst; k < trigger.first; k++) {
    if (!isSpeechVerb(tokens[k])) continue;
    // "أوضح لـ«الرياض» المتحدث الرسمي ...": the paper spoken to sits between the verb and its speaker.
    const outlet = outletAfter(text, tokens, k + 1, trigger.first);
    const verb = { ...trigger, first: k, end: k + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
    const phrase =
      outlet > 0
        ? speakerPhraseAt(text, tokens, outlet, trigger.first)
        : rawSubject(text, tokens, verb, sentenceFirst, trigger.first, true);
    // A bare title ("الرئيس") names nobody in particular.
    return phrase && phrase.end - phrase.first >= 2 ? phrase : null;
  }
  return null;
}
