// The actor, target and rule a trigger is given, built up in turn by the steps of attach-actor.ts.
import type { ActorLike, Span } from '../assemble.types';

export interface ActorAttachment {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
}
