import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic toll told by a pronoun on the death word', () => {
  it('counts the one or two the pronoun stands for after a verb of result', () => {
    expect(killed('أطلق مجهولون النار على موظف قرب السوق ما أدى إلى مقتله')).toBe(1);
    expect(killed('انفجرت قنبلة بسيارة قاض ما أسفر عن مقتلها')).toBe(1);
    expect(killed('هاجم مسلحون شرطيين عند الحاجز ما أسفر عن مقتلهما')).toBe(2);
    expect(killed('أطلق الحراس النار على المهاجم فأردوه قتيلا')).toBe(1);
  });
  it('reads no toll from a recalled death or a plural pronoun', () => {
    expect(killed('وقبيل مقتله كان مسؤولا عن الملف')).toBeNull();
    expect(killed('هاجم مسلحون الحاجز ما أدى إلى مقتلهم')).toBeNull();
  });
});
