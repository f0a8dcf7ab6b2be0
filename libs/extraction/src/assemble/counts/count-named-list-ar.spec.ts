// "استشهاد العريف أحمد …، والجندي أول محمد …، والجندي أول حسن …": the dead named one by one, each by rank or trade.
import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('readCounts: Arabic victims named one by one', () => {
  it('counts a corporal as one victim', () => {
    expect(killed('وقد نتج عن ذلك استشهاد العريف يحيى العمري')).toBe(1);
  });
  it('counts each named victim of a list joined by commas and و', () => {
    expect(
      killed(
        'وقد نتج عن ذلك استشهاد العريف أحمد جعفر حسن المجيشي، والجندي أول محمد علي ياسين العمري، والجندي أول حسن ناصر محمد بشيري تغمدهم الله بواسع رحمته',
      ),
    ).toBe(3);
    expect(killed('مقتل الضابط علي حسن، والشرطي محمد سعيد في الهجوم')).toBe(2);
  });
  it('does not count a person named later in the clause who is no victim', () => {
    expect(killed('استشهاد الجندي محمد العمري، وقال المتحدث الأمني إن التحقيق جار')).toBe(1);
    expect(killed('مقتل الجندي محمد العمري في قصف من داخل الأراضي اليمنية، والقائد العسكري للمنطقة يتوعد')).toBe(1);
  });
});
