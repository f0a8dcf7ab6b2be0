// The shared "a listed word within N words before" test of the Arabic frame readers.
import { tokenize } from './tokenize';
import { wordBefore, wordSet } from './word-sets';

describe('wordBefore', () => {
  const tokens = tokenize('قال الوزير إن الحكومة ما زالت ترفض الاتفاق');
  const STILL = wordSet('زال زالت');
  const at = tokens.findIndex((t) => t.norm === 'ترفض');

  it('finds a listed word (or a clitic stem of it) within reach', () => {
    expect(wordBefore(tokens, STILL, at, 1)).toBe(true);
    expect(wordBefore(tokens, wordSet('الحكومة'), at, 3)).toBe(true);
  });
  it('looks no further than its reach nor before the floor', () => {
    expect(wordBefore(tokens, wordSet('الحكومة'), at, 2)).toBe(false);
    expect(wordBefore(tokens, wordSet('الوزير'), at, 10, 2)).toBe(false);
    expect(wordBefore(tokens, wordSet('الوزير'), at, 10)).toBe(true);
  });
});
