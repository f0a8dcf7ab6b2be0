// Rejections worded as a verdict on a decision (wire-stance.patterns.ts): "called the measures illegal" and "said
// the new sanctions were illegal" refuse the decision; a verdict on an act ("called the attack unacceptable") or a
// decision praised stays out.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('verdicts on a decision', () => {
  it.each([
    'Zakharova called the new EU measures illegal.',
    'The Kremlin said the new sanctions were illegal and would not change its policy.',
    'The ministry said the decision was unjustified.',
    "Ecuador's presidency defended the operation, saying his asylum was illegal.",
    'The defence ministry defended its decision to close the crossing.',
  ])('reads %s as REJECT', (text) => {
    expect(typesOf(text)).toContain('REJECT');
  });
  it.each([
    'The minister called the attack unacceptable.',
    'The court said the decision was final.',
    'Soldiers defended the town against the assault.',
  ])('leaves %s alone', (text) => {
    expect(typesOf(text)).not.toContain('REJECT');
  });
});
