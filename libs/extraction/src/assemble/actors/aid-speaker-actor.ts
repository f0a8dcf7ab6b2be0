// Relief copy names who delivered aid as the source of the report, not as a subject: "A convoy of 18 trucks
// reached the city on Wednesday, the World Food Programme said", "UNICEF said a convoy carrying vaccines had
// arrived", "قال المتحدث باسم برنامج الأغذية العالمي إن سفينة تحمل ثلاثة آلاف طن من الأغذية رست في ميناء عدن". An aid mention with no doer of its own is the relief body's (a UN agency or aid group) that speaks for
// it in the same sentence, before or after the trigger; a state, ministry or official speaking may be the recipient
// or a bystander, so only relief bodies count.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { sentenceSpeaker } from '../clause/shared-subject';

const RELIEF_KINDS = new Set(['igo', 'ngo']);
const SAID = new Set(['said', 'says', 'reported', 'announced']);

export const AID_SPEAKER_RULE = 'relief body reporting the aid';

/** The relief body speaking in the sentence of an agentless aid mention, or null. */
export function aidSpeaker(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
  sentenceEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.type !== 'AID') return null;
  const relief = (a: Span<ActorLike> | null): a is Span<ActorLike> => !!a && RELIEF_KINDS.has(a.value.kind);
  const before = sentenceSpeaker(tokens, actors, trigger, sentenceFirst);
  if (relief(before)) return before;
  // ", the World Food Programme said": the source named after the report.
  return (
    actors.find(
      (a) => a.first >= trigger.end && a.end < sentenceEnd && SAID.has(tokens[a.end]?.norm ?? '') && relief(a),
    ) ?? null
  );
}
