// An accusation named as the grounds of an arrest or dismissal is its reason, not an accusation made now.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic stated grounds', () => {
  it('reads an accusation after "على خلفية" or "بسبب" as the reason of the act', () => {
    expect(typesOf('وأوضحت المصادر أن التوقيفات جرت على خلفية اتهام الموقوفين بالتواصل مع التنظيم.')).not.toContain(
      'ACCUSE',
    );
    expect(typesOf('وفصلت الشركة الموظف بسبب اتهامه بتلقي رشوة.')).not.toContain('ACCUSE');
  });
  it('keeps an accusation made', () => {
    expect(typesOf('وجهت النيابة أمس اتهاما للموظف بتلقي رشوة.')).toContain('ACCUSE');
  });
});
