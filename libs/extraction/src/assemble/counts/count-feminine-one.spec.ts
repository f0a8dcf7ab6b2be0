import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic feminine singular victim', () => {
  it('counts one for the feminine of a people noun next to the death word', () => {
    expect(killed('قتلت ناشطة برصاص قوات الأمن في بغداد')).toBe(1);
    expect(killed('أعلنت الشرطة مقتل صحفية في انفجار في كابول')).toBe(1);
    expect(killed('استشهاد مسنة في قصف على الحي')).toBe(1);
  });
  it('still reads the figure when one is given', () => {
    expect(killed('قتلت 3 ناشطات برصاص قوات الأمن')).toBe(3);
  });
});
