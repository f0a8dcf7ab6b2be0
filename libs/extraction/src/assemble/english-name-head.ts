// "M23 rebels attacked", "ELN rebels", "Fano militiamen": a named group right before a generic head noun is that
// head's name. The dictionary reads both words as mentions and the nearer one, the bare head, would otherwise act
// (a bare "rebels" is only the Syrian opposition in Syrian stories).
import type { ActorLike, Span } from './assemble.types';

/** Generic heads a group's name qualifies. */
const HEADS = new Set([
  'rebels',
  'rebel',
  'fighters',
  'militants',
  'militiamen',
  'insurgents',
  'guerrillas',
  'gunmen',
  'opposition',
]);

/** The named mention written right before a generic head mention (only spaces between), or null. */
export function nameBeforeHead(
  text: string,
  chosen: Span<ActorLike>,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (!HEADS.has(chosen.surface.toLowerCase())) return null;
  const name = actors.find(
    (b) => b.end === chosen.first && b.value.id !== chosen.value.id && /^ +$/.test(text.slice(b.stop, chosen.start)),
  );
  // "Palestinian gunmen", "Syrian rebels": a nationality names no group; only an organisation's name does.
  return name && name.value.kind !== 'state' && /^\p{Lu}/u.test(name.surface) ? name : null;
}
