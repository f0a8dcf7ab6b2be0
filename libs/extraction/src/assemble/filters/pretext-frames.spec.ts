// An act named as a pretext ("بدعوى", "تحت مسمى") is a claimed aim, not a reported happening; the act done under it
// and the same noun outside such a frame are still reported.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic pretext frames', () => {
  it('reads a demand named as a banner as no demand', () => {
    expect(types('وتسعى الجماعة إلى اختراق صفوف خصومها تحت مسمى المطالبة بالحكم الذاتي.')).not.toContain('REQUEST');
  });
  it('reads a demand named as a pretext as no demand', () => {
    expect(types('وأغلقت السلطات الطريق بدعوى مطالبة السكان بإخلائه.')).not.toContain('REQUEST');
  });
  it('keeps a demand made outright', () => {
    expect(types('وجددت الحكومة مطالبتها بالإفراج عن المعتقلين.')).toContain('REQUEST');
  });
});
