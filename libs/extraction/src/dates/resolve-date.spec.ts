import { tokenize } from '../text/tokenize';
import { findRelativeDate, isoDay } from './resolve-date';

const resolve = (text: string, publishedAt = '2016-12-05T10:00:00Z') => {
  const tokens = tokenize(text);
  return findRelativeDate(tokens, 0, tokens.length, publishedAt)?.date ?? null;
};

describe('findRelativeDate', () => {
  it('resolves Arabic relative days against the publication date (a Monday)', () => {
    expect(resolve('قالت الوزارة أمس')).toBe('2016-12-04');
    expect(resolve('قصف اليوم')).toBe('2016-12-05');
    expect(resolve('أول أمس')).toBe('2016-12-03');
    expect(resolve('قال المرصد الإثنين')).toBe('2016-12-05');
    expect(resolve('يوم السبت')).toBe('2016-12-03');
    expect(resolve('والخميس الماضي')).toBe('2016-12-01');
  });
  // Weekdays are read in one lookup that already holds their و / ب forms: the glued forms resolve as the bare one,
  // other words glued to و or ب stay no date.
  it('reads a weekday glued to و or ب as the weekday itself', () => {
    expect(resolve('وقال المرصد والسبت')).toBe('2016-12-03');
    expect(resolve('وقع الهجوم بالأحد')).toBe('2016-12-04');
    expect(resolve('وقصف وبالسبت')).toBeNull();
    expect(resolve('وقال المرصد بالأمس')).toBe('2016-12-04');
  });
  it('resolves English relative days', () => {
    expect(resolve('Police said on Tuesday')).toBe('2016-11-29');
    expect(resolve('yesterday')).toBe('2016-12-04');
    expect(resolve('last week')).toBe('2016-11-28');
  });
  it('returns null without a cue or without a publication date', () => {
    expect(resolve('قصف النظام')).toBeNull();
    expect(resolve('أمس', '')).toBeNull();
    expect(isoDay('2015-07-21 02:51:32')).toBe('2015-07-21');
  });
});
