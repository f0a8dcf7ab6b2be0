// Calling an attack cowardly in one's own words ("هذا العمل الإرهابي الجبان") condemns it; a narrator naming the
// victims of "the cowardly bombing" does not.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic cowardly-act condemnations', () => {
  it("reads a speaker's 'this cowardly terrorist act' as a condemnation", () => {
    expect(types('وأكد المحافظ أن هذا العمل الإرهابي الجبان يهدف إلى زعزعة الأمن.')).toContain('ACCUSE');
    expect(types('وقال الوزير إن هذا الاعتداء الجبان لن يزيد الشعب إلا تماسكا.')).toContain('ACCUSE');
  });
  it('leaves the epithet in narration without the demonstrative alone', () => {
    expect(types('وشيع الأهالي ضحايا التفجير الإرهابي الجبان أمس.')).not.toContain('ACCUSE');
  });
});
