// "مقاطعة" before a place name is an administrative district, not a boycott; a boycott of an election or of goods
// stays one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('مقاطعة', () => {
  it('is a district before a place name', () => {
    expect(types('اعتقلت الشرطة ثلاثة رجال في مقاطعة نوالباراسي جنوب نيبال.')).not.toContain('PROTEST');
  });
  it('is still a boycott of an election or of goods', () => {
    expect(types('أعلنت أحزاب المعارضة مقاطعة الانتخابات البرلمانية في مصر.')).toContain('PROTEST');
    expect(types('بدأ التجار مقاطعة المنتجات الدنماركية في الرياض أمس.')).toContain('PROTEST');
  });
});
