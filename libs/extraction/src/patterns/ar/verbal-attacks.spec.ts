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

describe('a sharp or harsh attack noun as criticism', () => {
  it('reads a sharp attack on rivals or a president as an accusation, not force', () => {
    for (const body of [
      'شن رئيس جنوب السودان سلفاكير ميارديت هجوما شديدا على الرئيس الأميركي باراك أوباما بسبب تصريحاته.',
      'كما شن الملياردير الجمهوري هجوماً لاذعاً على منافسيه.',
    ]) {
      const types = typesOf(body);
      expect(types).toContain('ACCUSE');
      expect(types).not.toContain('ASSAULT');
    }
  });
  it('reads his harsh attack on the terrorists as no force', () => {
    const body = 'وشنت عصابات يهودية حملة تحريض على الرئيس بسبب هجومه الشديد على الإرهابيين الذين أحرقوا عائلة.';
    expect(typesOf(body)).not.toContain('ASSAULT');
  });
  it('leaves a violent attack by warplanes as force', () => {
    expect(typesOf('شنت طائرات حربية تركية هجوما عنيفا على مواقع حزب العمال في دهوك.')).toContain('ASSAULT');
  });
});
