// English places that only end someone's way through the scene: "aircraft struck insurgents fleeing towards the
// Sambisa Forest", "arrived in a lorry carrying goods bound for the West Bank and opened fire". The strike or the
// shooting was where they were caught, not where they were heading (scene-places.ts drops such a place for attacks
// and arrests; movements keep their destinations).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Participles of people or goods on their way, right before the word heading where to. */
const ON_THE_WAY = foldedSet([
  'fleeing',
  'escaping',
  'retreating',
  'heading',
  'headed',
  'bound',
  'travelling',
  'traveling',
  'driving',
  'sailing',
  'returning',
]);
/** The word heading the way's end: "towards the Sambisa Forest", "bound for the West Bank". */
const WAY_END = foldedSet(['to', 'toward', 'towards', 'for', 'into']);
/** Fillers between the heading word and the place: "towards the town of". */
const FILLER = foldedSet(['the', 'city', 'town', 'village', 'of', 'nearby', 'neighbouring', 'neighboring']);

/** True when an English place ends a way told by a participle right before its heading word ("fleeing towards",
 * "bound for"). */
export function isPassingDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  if (tokens[p.first]?.isArabic) return false;
  let k = p.first - 1;
  while (k > lowest && k >= p.first - 4 && FILLER.has(tokens[k].norm)) k--;
  return k - 1 >= lowest && WAY_END.has(tokens[k].norm) && ON_THE_WAY.has(tokens[k - 1].norm);
}
