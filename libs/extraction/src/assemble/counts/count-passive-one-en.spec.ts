import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an English singular passive death verb', () => {
  it('counts one for a named or pronoun victim', () => {
    expect(killed('Maria Lopez, a local radio host, was shot dead outside her home.')).toBe(1);
    expect(killed('He was reportedly killed in the raid.')).toBe(1);
    expect(killed('The mayor was stabbed to death at the market.')).toBe(1);
  });
  it('leaves plural, negated and counted passives to their own readings', () => {
    expect(killed('The guards were shot dead at the gate.')).toBeNull();
    expect(killed('Nobody was killed in the blast.')).toBe(0);
    expect(killed('Three people were killed in the blast.')).toBe(3);
    expect(killed('He was nearly killed in the crash.')).toBeNull();
  });
});
