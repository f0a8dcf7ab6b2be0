import { RuleExtractor } from '../../extractor/rule-extractor';

const extractor = new RuleExtractor();
const types = (body: string) =>
  extractor.extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-02T08:00:00Z' }).map((e) => e.type);

describe('the investigating judge is an office, not an inquiry', () => {
  it('drops "قاضي التحقيق في" and "قضاة التحقيق في"', () => {
    expect(types('وقال الوزير إن القرار يعود إلى قاضي التحقيق في هذا الملف.')).not.toContain('ACCUSE');
    expect(types('وقال الوزير إن الملف أحيل إلى قضاة التحقيق في القضية.')).not.toContain('ACCUSE');
  });

  it('keeps a judge who opens the inquiry', () => {
    expect(types('وبدأ القاضي التحقيق في الحادث.')).toContain('ACCUSE');
  });
});
