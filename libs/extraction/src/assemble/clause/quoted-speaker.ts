// "نقلت وكالة تسنيم عن محمد علي جعفري، قائد الحرس الثوري، قوله إن القرار غير مقبول": a statement reported as
// "عن X قوله" is X's; the agency before "عن" only carries it.
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const QUOTE_NOUNS = new Set(['قوله', 'قولها', 'قولهم', 'قولهما'].map(foldWord));
// Words from "عن" to "قوله": the speaker's name with its title and apposition.
const MAX_GAP = 14;

/** The actor named between "عن" and "قوله" before the trigger, or null. */
export function quotedSpeaker(
  tokens: Token[],
  actors: Span<ActorLike>[],
  triggerFirst: number,
  sentenceFirst: number,
): Span<ActorLike> | null {
  for (let k = triggerFirst - 1; k > sentenceFirst; k--) {
    if (!QUOTE_NOUNS.has(tokens[k].norm)) continue;
    for (let j = k - 1; j >= Math.max(sentenceFirst, k - MAX_GAP); j--) {
      if (tokens[j].norm !== 'عن') continue;
      return actors.find((a) => a.first > j && a.end <= k) ?? null;
    }
    return null;
  }
  return null;
}
