// English figures whose victims are the attackers themselves: "the army repelled the attack and \"neutralised\" about
// twenty assailants", "security forces killed all five attackers", "both attackers were killed". They count the
// doers of an attack told before, killed by the other side, never that attack's toll (merge-events.ts keeps them
// from being lent to it).
import type { Token } from '../../text/tokenize';
import { readNumbers } from '../../numbers/read-numbers';
import type { ClauseCounts } from './read-counts';

/** Nouns that name the doers of the attack just told. */
const DOERS = new Set(['attacker', 'attackers', 'assailant', 'assailants']);
/** Words between the casualty word and its victims: "all five", "about twenty", "at least three of the". */
const FILLERS = new Set([
  'all',
  'both',
  'the',
  'about',
  'around',
  'some',
  'at',
  'least',
  'more',
  'than',
  'nearly',
  'almost',
  'up',
  'to',
  'of',
  'its',
  'their',
]);
const REACH = 6;
const BE = new Set(['was', 'were', 'been']);

const filler = (t: Token) => FILLERS.has(t.norm) || t.isNumber || readNumbers([t]).length > 0;

/** Fighters named by what they did: "all five al Shabaab gunmen who had stormed it". */
const FIGHTERS = new Set(['gunmen', 'militants', 'fighters', 'insurgents', 'men', 'bombers']);
const RELATIVES = new Set(['who', 'that']);
const STORMED = new Set(['stormed', 'attacked', 'raided', 'ambushed', 'besieged', 'seized']);
const gapAt = (tokens: Token[], j: number) => tokens[j].start - tokens[j - 1].end > 1;

/** "after killing all five al Shabaab gunmen who had stormed it": the victims after the casualty word (within a few
 * words, no punctuation) are fighters a relative clause names as the ones who stormed or attacked. */
function stormersAfter(tokens: Token[], k: number): boolean {
  for (let j = k + 1; j < Math.min(tokens.length - 2, k + 1 + REACH); j++) {
    if (gapAt(tokens, j)) return false;
    if (!FIGHTERS.has(tokens[j].norm) || !RELATIVES.has(tokens[j + 1].norm)) continue;
    const verb = tokens[j + 2].norm === 'had' ? tokens[j + 3] : tokens[j + 2];
    return !!verb && STORMED.has(verb.norm);
  }
  return false;
}

/** The casualty word at k has the attackers for victims: after it ("killed all five attackers", "killing the gunmen
 * who had stormed it") or as the subject of its passive ("the two assailants were killed", "both attackers were shot
 * dead"). */
export function killsDoers(tokens: Token[], k: number): boolean {
  if (stormersAfter(tokens, k)) return true;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + REACH); j++) {
    if (DOERS.has(tokens[j].norm)) return true;
    if (!filler(tokens[j])) break;
  }
  let j = k - 1;
  while (j >= 0 && k - j <= 2 && !BE.has(tokens[j].norm)) j--;
  return j > 0 && BE.has(tokens[j].norm) && DOERS.has(tokens[j - 1].norm);
}

/** Every killed figure of the clause counts the attackers: the clause tells only of the doers' deaths. */
export function onlyDoersDead(tokens: Token[], counts: ClauseCounts): boolean {
  const dead = counts.tally.filter((c) => c.kind === 'killed');
  return dead.length > 0 && !tokens[dead[0].at].isArabic && dead.every((c) => killsDoers(tokens, c.at));
}
