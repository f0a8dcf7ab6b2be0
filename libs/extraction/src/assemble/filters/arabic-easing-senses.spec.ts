// Easing a burden or measures that were eased are no concession; a party easing its restrictions is.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic easing senses', () => {
  it('reads easing a burden or measures that were eased as no concession', () => {
    expect(types('وقال وزير الحج إن الوزارة خففت من حدة المعوقات التي كان يعانيها القطاع.')).not.toContain('CONCEDE');
    expect(types('وقال عنصر أمن إن التدابير خففت قليلا حول المبنى.')).not.toContain('CONCEDE');
  });
  it('keeps a party easing its restrictions', () => {
    expect(types('وخففت السلطات المصرية القيود على معبر رفح.')).toContain('CONCEDE');
    expect(types('وخففت إسرائيل الحصار عن قطاع غزة.')).toContain('CONCEDE');
  });
});
