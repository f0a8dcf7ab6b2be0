// "killed a family of six": the family's size is the toll (familyAfter in count-pairs.ts).
import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an English toll told as a family', () => {
  it.each([
    ['An airstrike killed a family of six in Idlib on Monday.', 6],
    ['The strike hit a house, killing an entire family of seven.', 7],
    ['A family of five was killed when a shell hit their home.', 5],
  ])('reads %j as %d', (text, n) => {
    expect(killed(text)).toBe(n);
  });
  it('leaves a family with no size, or a figure about it, alone', () => {
    expect(killed('The strike killed a family in Idlib.')).toBeNull();
    expect(killed('Police said the family of six had fled the town.')).toBeNull();
  });
});
