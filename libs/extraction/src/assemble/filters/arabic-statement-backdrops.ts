// Arabic statements that the sentence tells as backdrop, not as a statement made now: a refusal held "so far", one
// that came "after" and caused the news, an expert's opinion, an accusation given as the grounds of an act. One entry
// point for trigger-filters.ts; each reading lives in its own file.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { refusedSoFar } from './arabic-held-stances';
import { statementBefore } from './arabic-earlier-acts';
import { commentatorSpeaker } from './arabic-vague-speakers';
import { statedGrounds } from './arabic-stated-grounds';

/** True when an Arabic statement trigger is told as backdrop (see the files named above). */
export function statementBackdrop(tokens: Token[], trigger: TriggerMatch): boolean {
  return (
    refusedSoFar(tokens, trigger) ||
    statementBefore(tokens, trigger) ||
    commentatorSpeaker(tokens, trigger) ||
    statedGrounds(tokens, trigger)
  );
}
