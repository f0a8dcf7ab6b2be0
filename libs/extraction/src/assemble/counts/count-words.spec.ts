import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};

describe('feminine and present forms of the Arabic death verbs', () => {
  it('reads the toll of قتلت and of headline presents', () => {
    expect(killed('إن قوات مغاوير الشرطة الاتحادية قتلت 23 إرهابيا ودمرت 12 وكرا')).toBe(23);
    expect(killed('غارة أمريكية تقتل 14 جنديا أفغانيا')).toBe(14);
    expect(killed('الجيش البوروندي يقتل 31 مسلحا ويعتقل 171 خلال اشتباكات')).toBe(31);
    expect(killed('داعش يعدم 20 شخصا')).toBe(20);
  });
  it('reads a negated death verb as no death and a rate as no toll', () => {
    expect(killed('لم يقتل أحد في الهجوم')).toBe(0);
    expect(killed('وقدر المسؤولون أن الغارات الجوية تقتل نحو 1000 مقاتل شهريا')).toBeNull();
  });
});

describe('English headline presents', () => {
  it('reads the toll of kills / kill', () => {
    expect(killed('Israeli strike on Gaza City school shelter kills at least 11')).toBe(11);
    expect(killed('Gangs kill at least 8 in Kenscoff attack')).toBe(8);
  });
  it('reads no toll from an aim to kill', () => {
    expect(killed('The men plotted to kill three officials')).toBeNull();
  });
});
