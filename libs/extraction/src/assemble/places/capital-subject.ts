// "Kigali has also sent an additional battalion to the province", "Tehran has seized several vessels", "Moscow sends
// reinforcements": a capital standing as the subject of its clause names the state (a metonym of the actor), not
// where the happening took place. A capital that was hit ("Kyiv has been hit", "Kabul was shaken by blasts") is the
// scene, and so is one after a preposition ("in Kigali").
import { capitalOf } from '../../gazetteer/gazetteer-store';
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

/** Words that may open a clause before its subject. */
const CLAUSE_OPENER = new Set(['and', 'but', 'while', 'meanwhile', 'also', 'then', 'so']);
/** Verbs of being: the capital is then what the clause is about (often a passive: "was hit"), kept as a place. */
const BEING = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);
const PERFECT = new Set(['has', 'have', 'had']);
/** Common irregular past forms that follow a subject directly ("Kigali sent", "Moscow struck"). */
const IRREGULAR_PAST = new Set([
  'sent',
  'said',
  'told',
  'struck',
  'took',
  'gave',
  'made',
  'sought',
  'won',
  'hit',
  'shot',
]);

/** Present-tense verbs of headlines and reports ("Moscow sends reinforcements"); other -s words may be plural nouns
 * ("Kabul residents said"), where the capital is still a place. */
const PRESENT = new Set([
  'sends',
  'says',
  'vows',
  'warns',
  'accuses',
  'denies',
  'pledges',
  'deploys',
  'seizes',
  'strikes',
  'expels',
  'bans',
  'arrests',
  'considers',
  'regards',
  'demands',
]);

/** True when the token right after the capital reads as its finite verb (not a form of "to be"). */
function finiteVerbAfter(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm;
  if (!w || BEING.has(w)) return false;
  if (PERFECT.has(w) || w === 'will' || w === 'would') return !BEING.has(tokens[k + 1]?.norm ?? '');
  return IRREGULAR_PAST.has(w) || PRESENT.has(w) || /^[a-z]{3,}ed$/.test(w);
}

/** True when the place is a national capital opening its clause as the subject of a verb: the state, not the scene. */
export function isCapitalSubject(
  tokens: Token[],
  p: Span<PlaceLike>,
  sentenceFirst: number,
  clauseFirst: number,
): boolean {
  const t = tokens[p.first];
  if (!t || t.isArabic || p.value.kind !== 'city' || !p.value.country) return false;
  // It opens its sentence, or the trigger's own clause (earlier clauses' starts are not known here).
  const opening = p.first >= clauseFirst ? clauseFirst : sentenceFirst;
  let k = p.first - 1;
  while (k >= opening && CLAUSE_OPENER.has(tokens[k].norm)) k--;
  if (k >= opening) return false;
  if (!finiteVerbAfter(tokens, p.end)) return false;
  return capitalOf(p.value.country)?.id === p.value.id;
}
