// Arms given up or handed in, named by their kind, are a disarmament (RETREAT) (force-moves.patterns.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English arms handed in or given up', () => {
  it.each([
    'Rebel forces began handing over heavy weapons to the federal army on Wednesday.',
    'Members of the party gave up mortars and machine guns at their headquarters, an official said.',
    'Tanks, artillery pieces and rocket launchers were handed over at the camp, the group said.',
    'The militia is handing in rifles at collection points this week.',
  ])('reads %j as disarmament', (text) => {
    expect(typesOf(text)).toContain('RETREAT');
  });

  it('leaves hopes given up alone', () => {
    expect(typesOf('The minister gave up hopes of a deal on Sunday.')).not.toContain('RETREAT');
  });
});
