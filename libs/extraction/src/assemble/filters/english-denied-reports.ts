// "The army denied reports that it had evacuated a post", "rejected claims that officers fired live rounds", "there
// was no truth to reports that ...", "denied that the base had been overrun": an English verb trigger inside the
// "that" complement of a denial, or of a denied report, claim or allegation, is what the speaker says did not happen
// (codebook: only what the article reports as having happened is an event). The denial itself stays a REJECT event;
// a report that is confirmed still reports its act. Noun triggers there are kept: "denied that officers had used live
// ammunition against demonstrators" still tells of the demonstration.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { wordSet } from '../../text/word-sets';

const DENYING = wordSet(
  'denied denies deny denying dismissed dismisses dismissing rejected rejects rejecting refuted refutes rebuffed',
);
const CLAIMS = wordSet(
  'report reports claim claims allegation allegations accusation accusations suggestion suggestions rumour rumours ' +
    'rumor rumors',
);
/** "no truth to reports", "baseless claims", "false reports": the report is called untrue where it is named. */
const UNTRUE = wordSet('truth false baseless unfounded untrue');
/** A negator before the denial undoes it: "did not deny reports that". */
const NOT = new Set(['not', 'never', 'nor', 'didn', 'doesn']);
/** Where a new statement starts inside the clause: its acts are no longer in the denied complement. */
const STOPS = new Set(['saying', 'said', 'adding', 'added', 'but', 'while', 'although', 'though']);
/** The complement's act lies within this many words of "that"; a modifier may stand between noun and "that"
 * ("reports circulating on social media that"). */
const COMPLEMENT_SPAN = 12;
const NOUN_TO_THAT = 6;
const DENIAL_TO_NOUN = 3;

/** True when the denial word at k is a denial made, not undone by a negator ("did not deny"). */
function denies(tokens: Token[], k: number): boolean {
  return DENYING.has(tokens[k].norm) && !NOT.has(tokens[k - 1]?.norm ?? '') && !NOT.has(tokens[k - 2]?.norm ?? '');
}

/** The claim noun at n is denied or called untrue by a word just before it. */
function deniedClaim(tokens: Token[], n: number, clauseFirst: number): boolean {
  for (let k = n - 1; k >= Math.max(clauseFirst, n - DENIAL_TO_NOUN); k--)
    if (denies(tokens, k) || UNTRUE.has(tokens[k].norm)) return true;
  return false;
}

export function deniedReportAct(tokens: Token[], trigger: TriggerMatch, clauseFirst: number): boolean {
  if (tokens[trigger.first].isArabic || trigger.spec.voice === 'noun') return false;
  for (let t = trigger.first - 1; t >= Math.max(clauseFirst, trigger.first - COMPLEMENT_SPAN); t--) {
    if (STOPS.has(tokens[t].norm)) return false;
    if (tokens[t].norm !== 'that') continue;
    if (t - 1 >= clauseFirst && denies(tokens, t - 1)) return true;
    for (let n = t - 1; n >= Math.max(clauseFirst, t - NOUN_TO_THAT); n--)
      if (CLAIMS.has(tokens[n].norm)) return deniedClaim(tokens, n, clauseFirst);
    return false;
  }
  return false;
}
