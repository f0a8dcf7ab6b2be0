import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('an Arabic victim noun past the resumptive pronoun of a relative clause', () => {
  it('counts the singular or dual noun after "قتل فيه / فيها"', () => {
    expect(killed('ردا على هجوم نفذه مسلحون على موقع للجيش قرب الحدود، قتل فيه ضابط صف وأصيب جنديان بجروح')).toBe(1);
    expect(killed('مواجهات بين الجيش والشبان في الضفة الغربية قتل فيها فتى يبلغ من العمر 18 عاما')).toBe(1);
  });
  it('leaves a figure after the pronoun to the figure readers and reads nothing from a plural noun', () => {
    expect(killed('بعد معركة عنيفة قتل فيها 16 مسلحا حوثيا')).toBe(16);
    expect(killed('سنوات تدهورت فيها حياتهم وقتل فيها الأطفال والنساء')).toBeNull();
  });
});
