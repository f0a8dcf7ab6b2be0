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
