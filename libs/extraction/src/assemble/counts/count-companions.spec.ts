import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('a leader killed with his entourage', () => {
  it('counts the leader and the aides joined after his title and organisation', () => {
    expect(killed('تمكنت الفرقة السابعة من قتل قيادي بارز في تنظيم داعش و11 من معاونيه في عملية نوعية')).toBe(12);
    expect(killed('ما أدى إلى مقتل الوالي وثلاثة من مساعديه')).toBe(4);
    expect(killed('مقتل قائد ميداني و3 من مرافقيه')).toBe(4);
  });
  it('leaves a figure of its own and a plain partitive alone', () => {
    expect(killed('قتل 5 جنود و3 من مرافقيهم')).toBe(5);
    expect(killed('مقتل 7 من عناصره')).toBe(7);
  });
});
