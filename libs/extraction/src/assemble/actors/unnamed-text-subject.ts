// An English subject read from the text that names nobody ("He called …", "that soldiers were …", "its aircraft"
// whose owner was not found before it).
import type { ActorLike, Span } from '../assemble.types';
import { TEXT_ACTOR_PREFIX, bareOwnedForce } from '../clause/raw-subject';

/** Pronouns standing alone ("who", "which", "that" open a phrase and are FUNCTION_OPENERS below). */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those']);
/** Ids of actors read from the text rather than the dictionary (raw-subject.ts, named-span.ts). */
const READ_FROM_TEXT = [TEXT_ACTOR_PREFIX, 'named:', 'person:'];
const FUNCTION_OPENERS = new Set(['that', 'which', 'who', 'when', 'while', 'as', 'and', 'but', 'if', 'because']);

/** A plain-text English subject that names nobody: a pronoun, a phrase opening on a conjunction or relative, or a
 * side's own means of force left without its owner. */
export function unnamedTextSubject(a: Span<ActorLike>): boolean {
  if (!READ_FROM_TEXT.some((prefix) => a.value.id.startsWith(prefix))) return false;
  if (bareOwnedForce(a.value)) return true;
  const words = a.value.name.toLowerCase().split(/\s+/);
  return (words.length === 1 && PRONOUNS.has(words[0])) || FUNCTION_OPENERS.has(words[0]);
}
