// The actor, target and rule a trigger is given, built up in turn by the steps of attach-actor.ts.
import type { ActorLike, Span } from '../assemble.types';

export interface ActorAttachment {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
}

/** A step's reading, when it has one, replaces the actor and its rule. */
export function adopt(r: ActorAttachment, actor: Span<ActorLike> | null, rule: string): void {
  if (!actor) return;
  r.actor = actor;
  r.rule = rule;
}
