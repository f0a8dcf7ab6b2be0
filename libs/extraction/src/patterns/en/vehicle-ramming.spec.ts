// A vehicle driven into people is an attack (wire-material.patterns.ts); into a ditch it is an accident.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English vehicles driven into people', () => {
  it.each([
    'A van drove into a group of marchers near the bridge, injuring four.',
    'A pickup truck ploughed into the crowd outside the stadium on Friday.',
    'A man drove into protesters blocking the avenue.',
  ])('reads %j as an attack', (text) => {
    expect(typesOf(text)).toContain('ASSAULT');
  });

  it('leaves a car driven into a ditch alone', () => {
    expect(typesOf('The bus drove into a ditch on the mountain road.')).not.toContain('ASSAULT');
  });
});
