// A manner phrase of cooperation beside a future verb is planned work; beside a done act it still reports the joint
// work.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic manner phrases', () => {
  it('reads cooperation beside a future verb as planned', () => {
    expect(types('وقال المدير إنه بالتعاون مع السلطات المحلية سيعملون على ترميم الجسر خلال الصيف.')).not.toContain(
      'COOPERATE',
    );
    expect(types('وأكد الوزير أن الشركة وبالتنسيق مع الحكومة الكندية ستبني محطة جديدة للطاقة.')).not.toContain(
      'COOPERATE',
    );
  });
  it('keeps cooperation on an act done now', () => {
    expect(types('تنفذ أكاديمية الشرطة بالتعاون مع وزارة الداخلية الإيطالية اليوم برنامجا تدريبيا في روما.')).toContain(
      'COOPERATE',
    );
  });
});
