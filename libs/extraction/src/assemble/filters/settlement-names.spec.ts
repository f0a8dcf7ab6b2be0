// A trigger word that names a town after a settlement noun ("منطقة الزيارة", the Ghab plain village) is the town.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic town names that are trigger words', () => {
  it('reads الزيارة after منطقة as the village, not a visit', () => {
    const body = 'استهدفت الفصائل المقاتلة آلية لقوات النظام في منطقة الزيارة في سهل الغاب في ريف حماة.';
    expect(types(body)).toContain('ASSAULT');
    expect(types(body)).not.toContain('CONSULT');
  });
  it('keeps a visit that no settlement noun names', () => {
    expect(types('بدأ وزير الخارجية المصري الزيارة الرسمية إلى الرياض أمس.')).toContain('CONSULT');
  });
});
