import { tokenize } from '../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string, anchorWord?: string) => {
  const tokens = tokenize(text);
  const anchor = anchorWord ? tokens.findIndex((t) => t.norm.includes(anchorWord)) : null;
  return readCounts(tokens, 0, tokens.length, anchor);
};

describe('readCounts', () => {
  it('reads a rising toll and ignores the subset after بينهم', () => {
    expect(counts('ارتفع عدد شهداء قصف ميليشيات النظام لمناطق في مدينة دوما، إلى 5 بينهم طفلان اثنان').killed).toBe(5);
  });
  it('reads a singular noun as one and injuries without a number as null', () => {
    const c = counts('استشهد شخص وأصيب آخرون بجراح جراء قصف النظام لبلدة مضايا');
    expect(c.killed).toBe(1);
    expect(c.injured).toBeNull();
  });
  it('reads digits and words next to death and injury words', () => {
    expect(counts('مقتل ١٢ شخصا وإصابة ثلاثة آخرين في انفجار')).toMatchObject({ killed: 12, injured: 3 });
    expect(counts('سقوط خمسة قتلى و20 جريحا')).toMatchObject({ killed: 5, injured: 20 });
    expect(counts('At least 12 people were killed and 30 wounded')).toMatchObject({ killed: 12, injured: 30 });
    expect(counts('the death toll rose to 40')).toMatchObject({ killed: 40 });
  });
  it('does not read durations, years or percentages as counts', () => {
    expect(counts('قتل خلال 24 ساعة').killed).toBeNull();
    expect(counts('killed in 2015').killed).toBeNull();
  });
  it('reads sizes near the trigger for people counts', () => {
    expect(counts('إن 728 شخصا من المعارضة سلموا أسلحتهم', 'سلموا').size).toBe(728);
    expect(counts('thousands of protesters marched', 'marched').size).toBe(2000);
  });
  it('gives a figure to the nearest casualty word, not across another one', () => {
    expect(counts('لقي 7 مدنيين مصرعهم وأصيب 54 آخرون في قصف على تعز')).toMatchObject({ killed: 7, injured: 54 });
  });
  it('does not read vague plurals as a toll', () => {
    expect(counts('قتل وجرح عشرات من المسلحين').killed).toBeNull();
    expect(counts('dozens were killed in the fighting').killed).toBeNull();
  });
});
