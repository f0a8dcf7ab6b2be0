// "وقال سانتوس: «أمرت بوقف الغارات الجوية»": a first-person verb opening a quotation is the act of the one who
// speaks it, whatever the event's type (a statement verb already falls back on the speaker).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { sentenceSpeaker } from '../clause/shared-subject';

/** A past verb of the first person: "أمرت", "قررنا", "وأمرنا" (ت or نا ends it). */
const firstPersonPast = (t: Token): boolean => t.isArabic && /^[وف]?[\u0621-\u064A]{2,}(?:ت|نا)$/.test(t.norm);

/** The speaker of the quotation a first-person verb trigger opens ("قال X: «أمرت ..."), or null. */
export function quotedFirstPersonSpeaker(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb' || trigger.first === 0 || trigger.first <= sentenceFirst) return null;
  const verb = tokens[trigger.first];
  if (!firstPersonPast(verb)) return null;
  // The quotation opens right before the verb, after a colon: "قال X: «أمرت", "وأضاف: "قررنا".
  const gap = text.slice(tokens[trigger.first - 1].end, verb.start);
  if (!/:\s*[«"“]\s*$/.test(gap)) return null;
  return sentenceSpeaker(tokens, actors, trigger, sentenceFirst);
}
