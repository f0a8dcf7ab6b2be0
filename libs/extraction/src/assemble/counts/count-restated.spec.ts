import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length);
};

describe('a toll told twice in one clause', () => {
  it('counts a repeated figure and noun once', () => {
    expect(
      counts(
        'قتل 9 أشخاص في سقوط قذيفة على سوق شعبي، وقال مسؤول محلي: «سقطت القذيفة على السوق ما أدى إلى مقتل 9 أشخاص»',
      ).killed,
    ).toBe(9);
  });
  it('counts a headline glued to the lead once', () => {
    expect(counts('مقتل 57 مدنيا في قصف نسب للحوثيين وقتل 57 مدنيا على الأقل وأصيب أكثر من 200 آخرين').killed).toBe(57);
  });
  it('still adds two groups of the same size', () => {
    expect(counts('مقتل 4 جنود و4 مدنيين في الهجوم').killed).toBe(8);
    expect(counts('قتل 3 جنود في كمين، ومقتل 3 مدنيين في قصف على بلدة مجاورة').killed).toBe(6);
  });
});
