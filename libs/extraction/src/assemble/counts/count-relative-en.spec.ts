import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  const c = readCounts(tokens, 0, tokens.length);
  return { killed: c.killed, injured: c.injured };
};

describe('an English counted subject with a relative clause before its casualty verb', () => {
  it('gives the figure before "who" to the casualty word after the clause', () => {
    expect(counts('Two farmers who refused to leave their fields were shot dead').killed).toBe(2);
    expect(counts('Four guards who had been posted at the gate were killed in the blast').killed).toBe(4);
    expect(counts('three nurses who were driving to the clinic were wounded').injured).toBe(3);
  });
  it('needs an auxiliary to open the main verb and no other figure inside the clause', () => {
    // No auxiliary before the casualty word: the clause may run on into it ("who were hit by shells died").
    expect(counts('Two residents who tried to reach the market on foot later died').killed).toBeNull();
    expect(counts('Two gunmen who had held 20 hostages for a week in the old town were killed').killed).toBeNull();
  });
});
