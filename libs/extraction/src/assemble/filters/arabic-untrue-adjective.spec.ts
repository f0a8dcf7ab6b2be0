// "غير صحيح" describing a noun is no denial; as the predicate on a report it is one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic untrue adjective', () => {
  it('reads the attributive adjective as no denial', () => {
    expect(types('وقال المفتي إن من التنابز المحمود ترك الشائعات والأقوال الباطلة وغير الصحيحة.')).not.toContain(
      'REJECT',
    );
    expect(types('وأي كلمة سلبية أو غير صحيحة تنسب إلى شخص بريء ربما تتسبب في ضرر كبير له.')).not.toContain('REJECT');
  });
  it('keeps a spokesman calling a report untrue', () => {
    expect(types('وأكد المتحدث باسم الوزارة أن الأنباء عن إيقاف الاستقدام غير صحيحة.')).toContain('REJECT');
  });
});
