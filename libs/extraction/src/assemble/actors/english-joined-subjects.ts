// English subjects joined by "and" ("Iran and the U.N. nuclear watchdog signed"): the first of the pair leads it
// (english-actor-slots.ts asks before taking the subject nearest the verb).
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

/** "met Zelenskiy and announced that Germany would deliver": a reporting verb or "that" before the subject opens a
 * clause of its own; the name before "and" is the object of the first verb, not a joined subject. */
const REPORTING = new Set(['that', 'said', 'says', 'announced', 'announces', 'told', 'added', 'declared', 'stated']);

/** "Iran and the U.N. nuclear watchdog signed": of two subjects joined by "and", the first leads the pair. Only a
 * pair opening its clause (or after a comma-free word): in a comma list ("France, Britain and Germany") the
 * nearest member is kept. Returns the first subject, or null. */
export function firstOfJoinedSubjects(
  text: string,
  tokens: Token[],
  nearest: Span<ActorLike>,
  before: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  // Between "and" and the second subject only its title or determiner: "and the", "and agency chief".
  let k = nearest.first - 1;
  while (
    k > nearest.first - 5 &&
    tokens[k] &&
    tokens[k].norm !== 'and' &&
    !REPORTING.has(tokens[k].norm) &&
    !/[,;]/.test(text.slice(tokens[k].end, tokens[k + 1].start))
  )
    k--;
  if (tokens[k]?.norm !== 'and') return null;
  const first = before.find((a) => a.end === k);
  if (!first || first.value.id === nearest.value.id) return null;
  const prev = tokens[first.first - 1];
  if (first.first !== clauseFirst && prev && text.slice(prev.end, tokens[first.first].start).includes(',')) return null;
  return first;
}
