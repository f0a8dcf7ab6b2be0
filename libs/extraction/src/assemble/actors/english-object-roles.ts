// English names that sit in an object role, so a nearest-name reading must not make them the doer: the object of a
// preposition of place or aim ("near an army checkpoint") and the victims of a killing or arrest ("killed 12
// militants in a raid"). Read by english-actor-slots.ts.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { EN_COMPASS_WORDS } from '../../text/compass-words';

/** Prepositions of where and whom: a name after them is the scene or the target ("near an army checkpoint"). */
const PLACE_PREPOSITIONS = new Set(['near', 'at', 'outside', 'inside', 'on', 'into', 'against', 'toward', 'towards']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her']);
/** Compass words between the preposition and the name: "in northwest Pakistan", "near the southern border". */
const COMPASS_WORDS = new Set<string>([
  ...EN_COMPASS_WORDS,
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northwestern',
  'northeastern',
  'southwestern',
  'southeastern',
]);

/** "A car bomb exploded near an army checkpoint …, killing five soldiers": the army names where the bomb went off,
 * not who set it. True when the name is the object of a preposition of place or aim. */
export function placeObject(tokens: Token[], a: Span<ActorLike>): boolean {
  let k = a.first - 1;
  if (COMPASS_WORDS.has(tokens[k]?.norm ?? '')) k--;
  if (DETERMINERS.has(tokens[k]?.norm ?? '')) k--;
  return PLACE_PREPOSITIONS.has(tokens[k]?.norm ?? '');
}

/** Verbs whose object is a victim: "killed 12 militants in a raid" (the militants did not raid). */
const VICTIM_VERBS = new Set([
  'killed',
  'killing',
  'kills',
  'wounded',
  'wounding',
  'injured',
  'injuring',
  'arrested',
  'arresting',
  'detained',
  'detaining',
  'captured',
  'abducted',
  'kidnapped',
]);
/** Words of a count between the verb and its object: "killed at least 12", "arrested dozens of". */
const COUNT_WORDS = new Set([
  'at',
  'least',
  'more',
  'than',
  'about',
  'some',
  'dozens',
  'hundreds',
  'scores',
  'of',
  'several',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

/** True when the name is the object of a verb of killing, wounding or arrest (past a count). */
export function victimObject(tokens: Token[], a: Span<ActorLike>): boolean {
  let k = a.first - 1;
  while (k >= 0 && a.first - k <= 5 && (tokens[k].isNumber || COUNT_WORDS.has(tokens[k].norm))) k--;
  return VICTIM_VERBS.has(tokens[k]?.norm ?? '');
}
