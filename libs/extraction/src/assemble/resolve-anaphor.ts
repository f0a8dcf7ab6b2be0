// Resolves "التنظيم" / "الحركة" / "the group" near a trigger to the armed group last named before it, so
// "لكن التنظيم تمكن من السيطرة على تدمر" is credited to the group the article was talking about.
import type { TriggerMatch } from '../patterns/match-triggers';
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';

const ANAPHORS = new Set(
  ['التنظيم', 'الحركه', 'الجماعه', 'الميليشيا', 'المليشيا', 'group', 'militants', 'militia', 'movement'].map(foldWord),
);
const GROUP_KINDS = new Set(['armed_group', 'rebels', 'militia']);

export function resolveActorAnaphor(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  clauseFirst: number,
  clauseEnd: number,
): Span<ActorLike> | null {
  let at = -1;
  for (let k = Math.max(clauseFirst, trigger.first - 3); k < Math.min(clauseEnd, trigger.end + 3); k++) {
    if (ANAPHORS.has(tokens[k].norm) || ANAPHORS.has(tokens[k].stems[1] ?? '')) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end <= at && GROUP_KINDS.has(a.value.kind))
      return {
        ...a,
        first: at,
        end: at + 1,
        start: tokens[at].start,
        stop: tokens[at].end,
        surface: tokens[at].surface,
      };
  }
  return null;
}
