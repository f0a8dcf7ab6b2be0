// An attack verb on a deal, a decision or a policy, or by a bloc or the press, is criticism (verbal-attacks.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic attacks with words as criticism', () => {
  it('reads a minister attacking a deal as an accusation, not force', () => {
    const types = typesOf('وانتهز الوزير المؤتمر الصحفي ليهاجم الاتفاق التجاري بندا بندا.');
    expect(types).toContain('ACCUSE');
    expect(types).not.toContain('ASSAULT');
  });
  it('reads the indefinite "قرارا" as a decision attacked with words', () => {
    const types = typesOf('وهاجمت الحركة قرارا أصدرته المحكمة العليا أمس.');
    expect(types).toContain('ACCUSE');
    expect(types).not.toContain('ASSAULT');
  });
  it('reads a bloc attacking parties as criticism', () => {
    expect(typesOf('هاجمت الكتلة النيابية الأحزاب المشاركة في الحكومة.')).toContain('ACCUSE');
  });
  it('leaves gunmen attacking a checkpoint as an attack', () => {
    const types = typesOf('هاجم مسلحون نقطة تفتيش للشرطة في المدينة فجر اليوم.');
    expect(types).toContain('ASSAULT');
    expect(types).not.toContain('ACCUSE');
  });
});
