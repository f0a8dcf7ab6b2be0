import { AR_WEEKDAYS, AR_WEEKDAYS_ALSO_WORDS, EN_WEEKDAYS } from './weekday-names';

describe('weekday names', () => {
  it('index the days as Date.getUTCDay does, in both languages', () => {
    // 2015-07-23 was a Thursday, 2015-07-26 a Sunday.
    expect(AR_WEEKDAYS[new Date('2015-07-23T12:00:00Z').getUTCDay()]).toBe('الخميس');
    expect(EN_WEEKDAYS[new Date('2015-07-23T12:00:00Z').getUTCDay()]).toBe('thursday');
    expect(AR_WEEKDAYS[new Date('2015-07-26T12:00:00Z').getUTCDay()]).toBe('الأحد');
  });

  it('marks only weekdays as also being other words', () => {
    for (const w of AR_WEEKDAYS_ALSO_WORDS) expect(AR_WEEKDAYS).toContain(w);
    expect(AR_WEEKDAYS_ALSO_WORDS).not.toContain('الخميس');
  });
});
