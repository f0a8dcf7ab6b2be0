// Public entry of the actor dictionary: find who is mentioned (states, institutions, groups, people) in a text.
export type { ActorKind, ActorMention, ActorRef } from './actor.types';
export { findActors } from './find-actors';
import { getActorStore } from './actor-store';

/** Builds the actor index now (start-up, benches) instead of on the first findActors call. */
export function loadActors(): void {
  getActorStore();
}
