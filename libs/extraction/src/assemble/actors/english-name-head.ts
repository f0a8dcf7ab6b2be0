// "M23 rebels attacked", "ELN rebels", "Fano militiamen": a named group right before a generic head noun is that
// head's name. The dictionary reads both words as mentions and the nearer one, the bare head, would otherwise act
// (a bare "rebels" is only the Syrian opposition in Syrian stories).
import type { ActorLike, Span } from '../assemble.types';

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

/** Institutions a bare word names only by the story's guess: "Myanmar's military government" is Myanmar's, whatever
 * country the dictionary lends a lone "government". */
const INSTITUTIONS = new Set(['government', 'authorities', 'administration', 'regime', 'junta']);

/** The named mention written right before a generic head mention (only spaces between), or null. */
export function nameBeforeHead(
  text: string,
  chosen: Span<ActorLike>,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  const head = chosen.surface.toLowerCase();
  const name = actors.find(
    (b) => b.end === chosen.first && b.value.id !== chosen.value.id && /^ +$/.test(text.slice(b.stop, chosen.start)),
  );
  // The owner of an institution may be a state or its forces: "Myanmar's military government".
  if (INSTITUTIONS.has(head)) return name && name.value.kind !== 'media' && /^\p{Lu}/u.test(name.surface) ? name : null;
  if (!HEADS.has(head)) return null;
  // "Palestinian gunmen", "Syrian rebels": a nationality names no group; only an organisation's name does.
  return name && name.value.kind !== 'state' && /^\p{Lu}/u.test(name.surface) ? name : null;
}
