import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length);
};

describe('the dead named among the toll', () => {
  it('does not count the people named after "من بين القتلى"', () => {
    expect(counts('أسفرت المعارك عن مقتل 9 مسلحين، وكان من بين القتلى أحد قادتهم').killed).toBe(9);
    expect(counts('أدى الهجوم إلى مقتل 6 أشخاص وبين الضحايا طفل').killed).toBe(6);
  });
});
