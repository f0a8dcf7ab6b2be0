import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('Arabic groups joined by و in the subject before the death word', () => {
  it('adds the group before the figure the death word takes', () => {
    expect(killed('وقال السكان إن 25 حوثيا و10 من رجال المقاومة الشعبية سقطوا قتلى')).toBe(35);
  });
  it('keeps a death and an injury figure apart', () => {
    expect(killed('قتل 5 جنود وأصيب 10 آخرون')).toBe(5);
  });
});
