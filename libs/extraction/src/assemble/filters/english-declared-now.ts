// English measures told with "would", "will" or "agreed to" that are declared now, not forecast (codebook: declared
// or done now): a decision a speaker announced, troops or aid a state said it would send, a step back agreed to.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

const DECISION_TYPES = new Set(['CONCEDE', 'RETREAT', 'SANCTION', 'MOBILIZE', 'AID']);
const DECLARING = new Set('announced announces decided declared ordered'.split(' '));

/** Deployments and aid a state says it will send are declared now ("Rwanda said it would send additional troops"). */
const SENDING = new Set(['MOBILIZE', 'AID']);

/** "announced that the government would withdraw the draft law": an English measure that a speaker announced or
 * decided, with "would" or "will", is declared now (codebook: declared or done now), not a forecast. */
export function announcedDecision(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (tokens[trigger.first].isArabic || !DECISION_TYPES.has(trigger.spec.type)) return false;
  for (let k = trigger.first - 1; k >= Math.max(clauseFirst, trigger.first - 10); k--)
    if (DECLARING.has(tokens[k].norm)) return true;
  // "said on Sunday it would send": the speech verb opens the clause before the reported one.
  if (SENDING.has(trigger.spec.type))
    for (let k = trigger.first - 1; k >= Math.max(0, trigger.first - 7); k--)
      if (tokens[k].norm === 'said') return true;
  return false;
}

const AGREEING = new Set('agreed agrees'.split(' '));
const STEPS_BACK = new Set(['RETREAT', 'CONCEDE']);

/** "has agreed to withdraw from the city of Lashio", "agreed to release 50 prisoners": a withdrawal, release or
 * concession a party agreed to is declared now (codebook: declared or done now), unlike one it plans or vows. */
export function agreedStepBack(tokens: Token[], trigger: TriggerMatch): boolean {
  return (
    !tokens[trigger.first].isArabic &&
    STEPS_BACK.has(trigger.spec.type) &&
    tokens[trigger.first - 1]?.norm === 'to' &&
    AGREEING.has(tokens[trigger.first - 2]?.norm ?? '')
  );
}
