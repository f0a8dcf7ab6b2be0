// Arabic drops a pronoun subject: a sentence that opens with a conjoined verb and names nobody ("ودعا الوعاظ إلى",
// "وحذر من الشائعات، مطالباً", "وأضاف: ...") goes on with the subject of the sentence before it ("أكد المفتي ...").
// For statements only: the previous sentence's speaker, or the name right after its opening verb.
import type { Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { isGoverned } from './actor-roles';
import { isCircumstantial, isSpeechVerb, sentenceSpeaker } from './shared-subject';
import { foldedSet } from '../text/word-sets';
import type { TriggerMatch } from '../patterns/match-triggers';

const SENTENCE_END = /[.؟?!]|\n/;
// Words after و/ف that open a sentence without being its verb ("وفي السياق ذاته", "وقد", "وكان").
const PARTICLES = foldedSet(
  'في فيما بعد على علي من عن إلى الى مع قد لكن كان كانت هو هي هم هذا هذه ذلك بين خلال عند حسب وفق لم لا لن إن ان أن قبل منذ ما كما'.split(
    ' ',
  ),
);

/** The first token of the sentence before the one starting at `sFirst`, or -1. */
function previousSentenceFirst(text: string, tokens: Token[], sFirst: number): number {
  if (sFirst <= 0) return -1;
  let k = sFirst - 1;
  while (k > 0 && !SENTENCE_END.test(text.slice(tokens[k - 1].end, tokens[k].start))) k--;
  return sFirst - k > 60 ? -1 : k;
}

/** The subject the previous sentence lends to a sentence opening with a bare conjoined verb, or null. */
export function droppedSubject(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sFirst: number,
): Span<ActorLike> | null {
  const opening = tokens[sFirst];
  // The sentence opens with a و/ف-verb (not a noun: "والحكومة") and names nobody before the trigger.
  if (!opening?.isArabic || !/^[وف][^ا]/.test(opening.norm) || /^[وف]ال/.test(opening.norm)) return null;
  if (PARTICLES.has(opening.norm.slice(1))) return null;
  // The opening verb is the trigger, a verb of speech ("وأضاف: ..."), or the verb a participle trigger goes with.
  if (trigger.first !== sFirst && !isSpeechVerb(opening) && !isCircumstantial(tokens, trigger)) return null;
  if (actors.some((a) => a.first >= sFirst && a.first < trigger.first)) return null;
  const prev = previousSentenceFirst(text, tokens, sFirst);
  if (prev < 0) return null;
  const end = { ...trigger, first: sFirst, end: sFirst + 1 };
  const speaker = sentenceSpeaker(tokens, actors, end, prev);
  if (speaker) return speaker;
  const a = actors.find((x) => x.first >= prev && x.end <= sFirst);
  return a && a.first > prev && a.first - prev <= 3 && !isGoverned(tokens, a) ? a : null;
}
