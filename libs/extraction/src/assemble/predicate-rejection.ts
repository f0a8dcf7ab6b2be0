// "أكد السفير أن الأخبار التي وردت بشأن الوساطة غير صحيحة", "إن تصرف النائب مرفوض", "أفاد المجلس أن ما تم تداوله
// لا صحة له": a rejection read from a predicate ("untrue", "rejected", "baseless") is the act of whoever says it.
// The names before the predicate are its subject, the thing rejected, and those after it belong to the next clause,
// so the clause holds no doer: the speaker of the sentence is (attach-actor.ts).
import type { TriggerMatch } from '../patterns/match-triggers';
import { foldWord, type Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { rawSubject } from './raw-subject';
import { isSpeechVerb } from './shared-subject';

// First words of the predicate phrases of verbal.patterns.ts ("غير صحيحة", "لا صحة لها", "عارية عن الصحة",
// "مرفوضة"); "لن تقبل" has a subject of its own ("إن السعودية لن تقبل") and is left out.
const PREDICATE_HEADS = new Set(['غير', 'لا', 'عارية', 'عار', 'مرفوض', 'مرفوضة'].map(foldWord));

/** True when the trigger is a rejection stated as a predicate, whose doer is the sentence's speaker. */
export function isPredicateRejection(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'REJECT') return false;
  const t = tokens[trigger.first];
  return !!t?.isArabic && PREDICATE_HEADS.has(t.norm);
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
    const verb = { ...trigger, first: k, end: k + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
    const phrase = rawSubject(text, tokens, verb, sentenceFirst, trigger.first, true);
    // A bare title ("الرئيس") names nobody in particular.
    return phrase && phrase.end - phrase.first >= 2 ? phrase : null;
  }
  return null;
}
