// "فجر مسلحون يشتبه في أنهم تابعون لـ«الكردستاني» قنبلة", "مسلحين ينتمون إلى جماعة بوكو حرام": gunmen said to belong to
// a named group act for it; the group is the actor. Arabic only; attach-actor.ts calls it after the grammatical reading.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isDictionaryActor } from '../clause/raw-subject';

// Plural words of belonging, as the gunmen take them: تابعون ل، التابعين ل، ينتمون إلى، المنتمين إلى. Not the singular
// "تابعة" of a thing ("هجوما على نقطة تابعة لميليشيات الحوثي": the post hit was the Houthis').
const BELONGING = /^(?:ال)?(?:تابع(?:ون|ين)|منتم(?:ون|ين))$|^ينتمون$/;
// How far after the gunmen the word of belonging may stand ("مسلحون يشتبه في أنهم تابعون").
const REACH = 5;

/** The named group the gunmen `a` belong to, named right after a word of belonging (behind ل/إلى); null otherwise. */
export function affiliatedGroup(
  tokens: Token[],
  actors: Span<ActorLike>[],
  a: Span<ActorLike>,
): Span<ActorLike> | null {
  if (a.value.id !== 'group:gunmen') return null;
  for (let k = a.end; k < Math.min(tokens.length, a.end + REACH); k++) {
    if (!BELONGING.test(tokens[k].norm)) continue;
    const owner = actors.find(
      (b) => isDictionaryActor(b.value) && b.first > k && b.first <= k + 2 && b.value.kind !== 'person',
    );
    return owner ?? null;
  }
  return null;
}
