// "Sudan's army-backed government said on Thursday it would keep the Adre crossing with Chad open for three months,
// easing a restriction …": a present participle after a comma adds to the clause before it, so its doer is that
// clause's opening subject, however far back it stands (the nearest-mention rules stop a dozen words before the
// trigger). english-actor-slots.ts asks this last, only when no nearer rule named a doer.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { datelineLength } from '../english-dateline';
import { openingSubject } from './english-subject';
import { namedSpan } from './named-span';

/** The opening subject of the clause a comma-led "-ing" trigger adds to, or null. */
export function participleAdjunctSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  before: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  const head = tokens[trigger.first];
  const prev = tokens[trigger.first - 1];
  if (trigger.spec.voice !== 'verb' || !head || !prev || !/ing$/.test(head.norm)) return null;
  if (!/^\s*,\s*$/.test(text.slice(prev.end, head.start))) return null;
  // A lead opens after its wire dateline ("PORT SUDAN, Sudan, May 15 (AFP) - "), not with it.
  const cut = datelineLength(text);
  let first = clauseFirst;
  while (first < trigger.first && tokens[first].start < cut) first++;
  return openingSubject(text, tokens, trigger, before, first);
}

const SAID = new Set(['said', 'says', 'added', 'stated']);

/** "The missile flew about 400 km, the JCS said, condemning the launch": a comma-led "-ing" right after a reporting
 * verb adds to the speaker's clause, so the speaker acts (a mention ending at the verb, or a capitalised acronym). */
export function reportingSpeakerOfAdjunct(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  const head = tokens[trigger.first];
  const say = trigger.first - 1;
  if (trigger.spec.voice !== 'verb' || !head || !/ing$/.test(head.norm) || !SAID.has(tokens[say]?.norm ?? ''))
    return null;
  if (!/^\s*,\s*$/.test(text.slice(tokens[say].end, head.start))) return null;
  const mention = actors.find((a) => a.end === say);
  if (mention) return mention;
  const acronym = tokens[say - 1];
  return acronym && /^[A-Z]{2,6}$/.test(acronym.surface) ? namedSpan(text, tokens, say - 1, say) : null;
}
