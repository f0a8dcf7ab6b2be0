import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { yearHeadedEntry } from './year-headed-entries';

const entry = (text: string) => yearHeadedEntry(text, tokenize(text), 0, 2015);

describe('yearHeadedEntry', () => {
  it('reads a past year with a dash or colon opening the sentence as a timeline head', () => {
    expect(entry('2008- قتلى في اشتباكات بين الشرطة ومسلحين')).toBe(true);
    expect(entry('2006: Israel strikes the airport')).toBe(true);
  });

  it('leaves a count, this year and a year without a dash alone', () => {
    expect(entry('2000 مقاتل هاجموا المدينة')).toBe(false);
    expect(entry('2015- قتلى في اشتباكات')).toBe(false);
    expect(entry('قال الوزير إن 2008- كان عاما صعبا')).toBe(false);
  });
});

describe('a year-headed timeline entry is background', () => {
  const extractor = new RuleExtractor();
  const types = (body: string) =>
    extractor.extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-02T08:00:00Z' }).map((e) => e.type);

  it('drops the entry and keeps the same sentence without its year', () => {
    const line = 'تسعة قتلى في اشتباكات بين الشرطة ومسلحين تتهمهم الشرطة بالوقوف وراء تفجير.';
    expect(types(`2008- ${line}`)).toEqual([]);
    expect(types(line)).toContain('ACCUSE');
  });
});
