import { RuleExtractor } from '../extractor/rule-extractor';
import { tokenize } from '../text/tokenize';
import { pastEntryDate } from './dated-entries';

const extractor = new RuleExtractor();
const types = (body: string, language: string) =>
  extractor.extract({ id: 't', body, language, publishedAt: '2015-08-02T08:00:00Z' }).map((e) => e.type);

describe('pastEntryDate', () => {
  it('reads a past year of a day-month-year date opening the sentence', () => {
    expect(pastEntryDate(tokenize('10 أغسطس 1990: عقدت قمة طارئة'), 0, 2015)).toBe('entry:1990');
    expect(pastEntryDate(tokenize('17 July 1990 - the council met'), 0, 2015)).toBe('entry:1990');
    expect(pastEntryDate(tokenize('* 28 مايو (أيار) 1990: عقدت قمة طارئة'), 0, 2015)).toBe('entry:1990');
  });

  it('leaves this year, a date later in the sentence and a date after other words alone', () => {
    expect(pastEntryDate(tokenize('2 أغسطس 2015: عقدت قمة طارئة'), 0, 2015)).toBeNull();
    expect(pastEntryDate(tokenize('قال الوزير إن 10 أغسطس 1990 يوم أسود'), 0, 2015)).toBeNull();
    expect(pastEntryDate(tokenize('وفي أغسطس 1990 غزا العراق الكويت'), 0, 2015)).toBeNull();
  });
});

describe('timeline entries are background in every clause', () => {
  it('drops the second clause of an Arabic entry dated 1990', () => {
    const entry = '* 10 أغسطس 1990: عقدت قمة عربية طارئة في القاهرة، وأدانت القمة احتلال العراق للكويت.';
    expect(types(entry, 'ar')).toEqual([]);
  });

  it('drops an entry whose month carries its Levantine gloss', () => {
    const entry = '* 28 مايو (أيار) 1990: عقدت قمة عربية طارئة في القاهرة، وأدانت القمة احتلال العراق للكويت.';
    expect(types(entry, 'ar')).toEqual([]);
  });

  it('keeps the same sentence without the entry date', () => {
    const news = 'عقدت قمة عربية طارئة في القاهرة، وأدانت القمة احتلال العراق للكويت.';
    expect(types(news, 'ar')).toContain('ACCUSE');
  });
});
