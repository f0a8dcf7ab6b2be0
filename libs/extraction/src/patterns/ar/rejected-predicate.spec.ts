// "مرفوض" as a predicate is a rejection (verbal.patterns.ts); after a general noun it only qualifies it.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('"مرفوض" as a rejection', () => {
  it('reads a minister calling interference rejected as a rejection', () => {
    expect(typesOf('أكد وزير الداخلية أن التدخلات الإيرانية في الشأن الداخلي للمملكة مرفوضة شكلا ومضمونا.')).toContain(
      'REJECT',
    );
  });
  it('reads "أمر مرفوض" as a qualifier', () => {
    expect(typesOf('وقال الكاتب إن إحراق الكتب أمر مرفوض تماما.')).not.toContain('REJECT');
  });
});
