// "Thousands demonstrated in Khartoum ... and at least six protesters were killed", "police opened fire, killing 13
// demonstrators": a protest's own dead are the protesters killed in its clause. Other figures of the clause may be
// the grievance ("protest over the killing of five people"), so only a count whose victims are the protesters counts.
import type { Token } from '../../text/tokenize';
import { aggregate, type ClauseCounts } from './read-counts';

const PROTESTERS = new Set(
  'protesters protestors protester protestor demonstrators demonstrator marchers marcher'.split(' '),
);
/** How far the victim noun may sit from the casualty word: "six protesters were killed", "killing 13 protesters". */
const REACH = 3;

/** "At least 13 people were killed as security forces clashed with protesters", "… when police fired on
 * demonstrators": the dead of a crackdown on the protest, told right after the toll. */
const WHEN = new Set(['as', 'when']);
const FORCES = new Set('police policemen forces troops soldiers guards officers'.split(' '));
const CRACKDOWN_REACH = 4;
const CRACKDOWN_SPAN = 8;

/** A casualty word at `at` followed by "as/when" + security forces + … + protesters. */
function crackdownOnProtesters(tokens: Token[], at: number): boolean {
  for (let a = at + 1; a <= at + CRACKDOWN_REACH && a < tokens.length; a++) {
    if (!WHEN.has(tokens[a].norm)) continue;
    let forces = false;
    for (let k = a + 1; k <= a + CRACKDOWN_SPAN && k < tokens.length; k++) {
      if (FORCES.has(tokens[k].norm)) forces = true;
      else if (forces && PROTESTERS.has(tokens[k].norm)) return true;
    }
    return false;
  }
  return false;
}

/** The killed figure of the clause's counts whose victims are protesters, or null. */
export function protestersKilled(tokens: Token[], counts: ClauseCounts): number | null {
  const own = counts.tally.filter((c) => {
    if (c.kind !== 'killed') return false;
    for (let k = Math.max(0, c.at - REACH); k <= c.at + REACH && k < tokens.length; k++)
      if (PROTESTERS.has(tokens[k].norm)) return true;
    return crackdownOnProtesters(tokens, c.at);
  });
  return aggregate(own, 'killed');
}
