// Background recalled under a formula of reminding (arabic-noted-asides.ts), through the whole extractor, each with
// a control sentence that still yields the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('formulas of reminding', () => {
  it('reads an air campaign after "يذكر أنه" as background', () => {
    expect(
      typesOf('يذكر أنه في يوليو (تموز) نفذ التحالف بقيادة الولايات المتحدة بعضا من أشد غاراته كثافة في شمال سوريا.'),
    ).not.toContain('ASSAULT');
    expect(typesOf('ونفذ التحالف بقيادة الولايات المتحدة أمس غارات على مدينة الرقة.')).toContain('ASSAULT');
  });
  it('reads a ruling after "تجدر الإشارة إلى أن" as background', () => {
    expect(typesOf('تجدر الإشارة إلى أن الحوثيين قصفوا مدينة تعز بالمدفعية الشهر الماضي.')).not.toContain('ASSAULT');
    expect(typesOf('وقصف الحوثيون مدينة تعز بالمدفعية أمس.')).toContain('ASSAULT');
  });
  it('keeps a sentence where the formula word is no opening formula', () => {
    expect(typesOf('وقصف الحوثيون مدينة تعز، يذكر أن القصف استمر ساعات.')).toContain('ASSAULT');
  });
});
