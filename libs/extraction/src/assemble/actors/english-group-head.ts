// "In a statement, the group denied responsibility", "a plan the group has rejected": English shortens a named group
// to its head noun once it has been named. A plain-text subject that is such a head stands for the group of that
// kind last named before it in the article (the Arabic counterpart is resolveDefiniteHead in resolve-anaphor.ts);
// bare "troops" and "soldiers" likewise stand for the army last named ("The Israeli military said troops had …").
import type { ActorKind } from '../../actors/actor.types';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { namedAt } from './named-span';

const ARMED: ActorKind[] = ['armed_group', 'rebels', 'militia'];
/** Head nouns and the kinds of named group each may stand for. */
const HEADS = new Map<string, ActorKind[]>([
  ['group', [...ARMED, 'party', 'ngo']],
  ['militia', ARMED],
  ['movement', [...ARMED, 'party']],
  ['faction', [...ARMED, 'party']],
  ['rebels', ARMED],
  ['insurgents', ARMED],
  ['militants', ARMED],
  ['organisation', [...ARMED, 'ngo', 'igo']],
  ['organization', [...ARMED, 'ngo', 'igo']],
]);
/** Bare force nouns ("troops had arrested 14 suspects", "soldiers opened fire"): the army last named. */
const FORCES = new Map<string, ActorKind[]>([
  ['troops', ['military']],
  ['soldiers', ['military']],
]);

/** The named group a one-word English text subject ("group", "militia", "troops") stands for, or null. */
export function englishGroupHead(
  tokens: Token[],
  actors: Span<ActorLike>[],
  subject: Span<ActorLike>,
): Span<ActorLike> | null {
  const words = subject.end - subject.first;
  // "the paramilitary group", "the militant group": one lower-case modifier may stand before the head.
  const modified = words === 2 && /^[a-z-]+$/.test(tokens[subject.first].surface);
  if (words !== 1 && !modified) return null;
  const head = tokens[subject.end - 1].norm;
  const group = tokens[subject.first - 1]?.norm === 'the' ? HEADS.get(head) : undefined;
  const kinds = modified ? group : (group ?? FORCES.get(head));
  if (!kinds) return null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end > subject.first - 1) continue;
    if (kinds.includes(a.value.kind as ActorKind)) return namedAt(a, subject);
  }
  return null;
}
