// Warning of abuses is an accusation; warning of a danger is not (warned-abuses.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic warnings of abuses', () => {
  it('reads rights groups warning of violations through a law as an accusation', () => {
    expect(
      typesOf('وحذرت منظمات حقوقية دولية في بيان مشترك أمس من حصول انتهاكات لحقوق الإنسان عبر القانون الجديد.'),
    ).toContain('ACCUSE');
  });
  it('reads a warning "من الانتهاكات" as an accusation', () => {
    expect(typesOf('وحذر المبعوث الدولي من الانتهاكات التي ترتكبها الميليشيات بحق المدنيين.')).toContain('ACCUSE');
  });
  it('leaves a safety warning of a danger alone', () => {
    expect(typesOf('وحذر الدفاع المدني سكان العمائر من خطورة التخزين في الأقبية.')).not.toContain('ACCUSE');
  });
});
