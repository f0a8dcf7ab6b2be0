import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';
import { protestersKilled } from './english-protest-dead';

const dead = (text: string) => {
  const tokens = tokenize(text);
  return protestersKilled(tokens, readCounts(tokens, 0, tokens.length));
};

describe("a protest's own dead", () => {
  it.each([
    ['Thousands demonstrated in Khartoum and at least six protesters were killed.', 6],
    ['At least 13 people were killed on Thursday as security forces clashed with protesters.', 13],
    ['At least 19 people were killed when police opened fire on young protesters in the capital.', 19],
  ])('reads %j', (text, n) => {
    expect(dead(text)).toBe(n);
  });

  it.each([
    'Hundreds protested over the killing of five people by gunmen last week.',
    'Five people were killed when a bomb exploded near a market, as protesters gathered in the capital.',
  ])('counts no protester in %j', (text) => {
    expect(dead(text)).toBeNull();
  });
});
