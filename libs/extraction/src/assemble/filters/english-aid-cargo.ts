// A plane or ship "dispatched" or "sent" with relief on board carries aid, not forces: "dispatched an aircraft
// carrying 100 tonnes of medical supplies", "had sent five aircraft and two navy ships with relief supplies". The
// deployment reading of the verb is dropped there; the cargo itself reads as AID (wire-verbal.patterns.ts).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';

const CARGO = new Set(
  'aid relief medical medicines medicine food flour humanitarian supplies tents blankets'.split(' '),
);
const FORCES = new Set(
  'troops soldiers forces reinforcements battalion battalions personnel fighters units warships jets police commandos marines weapons arms ammunition'.split(
    ' ',
  ),
);
const CLAUSE_BREAK = /[.;:!?\n]/;
/** How far after the verb the cargo may be named ("an aircraft carrying 100 tonnes of medical supplies"). */
const REACH = 10;

/** True for a MOBILIZE "dispatched/sent" whose object, before any force is named, carries relief. */
export function aidCargoDispatch(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  if (t.isArabic || trigger.spec.type !== 'MOBILIZE' || trigger.spec.voice !== 'verb') return false;
  if (!/^(dispatch|sen[dt])/.test(t.norm)) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + REACH); k++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (FORCES.has(tokens[k].norm)) return false;
    if (CARGO.has(tokens[k].norm)) return true;
  }
  return false;
}
