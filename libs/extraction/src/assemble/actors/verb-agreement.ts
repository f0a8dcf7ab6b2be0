// "وطالب قوات التحالف بالاستمرار": a verb standing before a plural in -ات (قوات، المنظمات، السلطات) as its subject takes
// the feminine (طالبت قوات); a bare masculine past verb before one has another subject, and the plural is its object.
import type { Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

/** Whether the name right after a masculine singular past verb opens with a feminine/non-human plural in -ات. */
export function disagreesWithVerb(tokens: Token[], trigger: TriggerMatch, a: Span<ActorLike>): boolean {
  if (trigger.spec.voice !== 'verb' || trigger.end - trigger.first !== 1 || a.first !== trigger.end) return false;
  const verb = tokens[trigger.first];
  if (!verb.isArabic) return false;
  const w = verb.norm.replace(/^[وف](?=.{3})/, '');
  // A past verb of the third masculine singular: no present prefix, no feminine ت, no plural or dual ending.
  if (w.length < 3 || /^[يتن]/.test(w) || /(?:ت|وا|ا)$/.test(w)) return false;
  const head = tokens[a.first].norm.replace(/^و?(?:ال)?/, '');
  return head.length >= 4 && head.endsWith('ات');
}
