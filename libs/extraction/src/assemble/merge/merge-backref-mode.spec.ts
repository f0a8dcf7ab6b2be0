// A later back-reference to the happening ("هذا القصف الجوي") is merged into it but does not change its mode: the
// lead's car bomb stays a bombing.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const modes = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-27T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.mode);

describe('merging a back-reference', () => {
  it('keeps the mode of the reported happening', () => {
    const body =
      'أعلنت سلطات دياربكر مقتل جنديين تركيين أمس في انفجار سيارة مفخخة عند مرور قافلة عسكرية في المحافظة.\n' +
      'وقالت السلطات إن هذا القصف الجوي استهدف القافلة قرب بلدة ليجه.';
    expect(modes(body)).toEqual(['explosives']);
  });
  it('still takes a stronger mode from a new mention that is no back-reference', () => {
    const body = 'قتل ثلاثة مدنيين في هجوم على قرية قرب حلب أمس.\nوقصفت طائرات حربية القرية بالبراميل المتفجرة.';
    expect(modes(body)).not.toContain(null);
  });
});
