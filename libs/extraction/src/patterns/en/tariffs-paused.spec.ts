// Tariffs paused or put off and restrictions removed are concessions (CONCEDE) (give-and-yield.patterns.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English tariffs paused and restrictions removed', () => {
  it.each([
    'Trump confirmed on social media that he was pausing the tariffs for 30 days.',
    'The deal led the president to put off 25% tariffs on Mexican goods for a month.',
    'Washington postponed the tariffs on Canadian steel on Monday.',
    'The bloc began removing restrictions on Kosovo on Thursday.',
  ])('reads %j as a concession', (text) => {
    expect(typesOf(text)).toContain('CONCEDE');
  });

  it('leaves a meeting put off alone', () => {
    expect(typesOf('The two ministers put off their meeting until next week.')).not.toContain('CONCEDE');
  });
});
