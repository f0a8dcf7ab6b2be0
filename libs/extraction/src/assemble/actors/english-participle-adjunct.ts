// "Sudan's army-backed government said on Thursday it would keep the Adre crossing with Chad open for three months,
// easing a restriction …": a present participle after a comma adds to the clause before it, so its doer is that
// clause's opening subject, however far back it stands (the nearest-mention rules stop a dozen words before the
// trigger). english-actor-slots.ts asks this last, only when no nearer rule named a doer.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { datelineLength } from '../english-dateline';
import { openingSubject } from './english-subject';

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
