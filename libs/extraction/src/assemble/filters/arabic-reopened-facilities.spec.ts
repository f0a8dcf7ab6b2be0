// Reopening an airport or a school restores a service and is no concession; reopening a crossing to the other side
// still is one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic reopened facilities', () => {
  it('reads a reopened airport or school as no concession', () => {
    expect(types('وأعلنت السلطات المحلية إعادة فتح مطار المدينة أمام الرحلات بعد إصلاح المدرج.')).not.toContain(
      'CONCEDE',
    );
    expect(types('وأعادت وزارة التربية فتح المدارس في البلدة بعد انتهاء المعارك.')).not.toContain('CONCEDE');
  });
  it('keeps a crossing reopened to the other side', () => {
    expect(types('وأعادت السلطات المصرية أمس فتح المعبر أمام المسافرين من قطاع غزة.')).toContain('CONCEDE');
  });
});
