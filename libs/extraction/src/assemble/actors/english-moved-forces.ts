// "Security forces were deployed in large numbers", "soldiers were deployed across the capital": the forces a passive
// MOBILIZE verb moves are the ones who mobilise. Read when no dictionary actor stands before the verb: the force noun
// right before the auxiliary, with up to two modifiers ("additional army and police units" keeps its last three words).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';

const AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'had', 'have', 'has', 'be', 'also', 'reportedly']);
const FORCES = new Set([
  'forces',
  'troops',
  'soldiers',
  'police',
  'policemen',
  'officers',
  'units',
  'reinforcements',
  'personnel',
  'gendarmes',
  'guards',
  'commandos',
  'paratroopers',
  'marines',
]);
const MODIFIERS = 2;

/** The moved forces before a passive MOBILIZE verb, as a text actor, or null. */
export function movedForces(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  clauseFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.type !== 'MOBILIZE' || tokens[trigger.first].isArabic) return null;
  let k = trigger.first - 1;
  while (k > clauseFirst && AUXILIARIES.has(tokens[k].norm)) k--;
  if (k === trigger.first - 1 || !FORCES.has(tokens[k].norm)) return null;
  let first = k;
  while (
    first > clauseFirst &&
    k - first < MODIFIERS &&
    /^[a-z-]+$/i.test(tokens[first - 1].surface) &&
    !['the', 'a', 'an', 'and', 'said', 'of'].includes(tokens[first - 1].norm) &&
    text.slice(tokens[first - 1].end, tokens[first].start) === ' '
  )
    first--;
  return textActor(text, tokens, first, k + 1);
}
