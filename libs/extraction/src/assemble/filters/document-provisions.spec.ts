// What a resolution, law, plan or settlement provides for is its content, not a measure taken now; measures imposed or rulings
// issued in the same sentence are still reported.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic document provisions', () => {
  it("reads a resolution's bans and freezes as its content", () => {
    expect(
      types('وتقضي هذه القرارات بحظر بيع المعدات العسكرية للبلاد، وتجميد أموال عدد من الشركات والشخصيات.'),
    ).not.toContain('SANCTION');
  });
  it('reads sanctions an agreement or a plan includes as its content', () => {
    expect(types('وأوضح أن الاتفاق يتضمن بندا يعيد فرض العقوبات على الدولة إذا أخلت بالتزاماتها.')).not.toContain(
      'SANCTION',
    );
    expect(types('وقال الدبلوماسيون إن الخيارات المطروحة تشمل تجميد أرصدة المسؤولين.')).not.toContain('SANCTION');
  });
  it('reads a withdrawal or a truce a settlement or an initiative provides for as its content', () => {
    expect(
      types('إن حزب الله يضغط على المقاتلين للخروج من المدينة، ضمن تسوية تقضي بانسحابهم من دون أسلحتهم.'),
    ).not.toContain('RETREAT');
    expect(types('وتتضمن مبادرة المحافظ وقف إطلاق النار من الطرفين وتشكيل لجنة للتهدئة.')).not.toContain('RETREAT');
  });
  it('keeps a withdrawal carried out now', () => {
    expect(types('وانسحب المقاتلون من المدينة أمس بموجب التسوية.')).toContain('RETREAT');
  });
  it('keeps sanctions imposed now', () => {
    expect(types('وفرضت الولايات المتحدة عقوبات اقتصادية جديدة على الشركة أمس.')).toContain('SANCTION');
  });
  it('keeps a ruling issued after a mention of what the law provides', () => {
    expect(types('وأحيل المتهمون إلى المحاكمة لتطبيق ما يقضي به النظام، وصدر بحقهم حكم بالسجن عشر سنوات.')).toContain(
      'COERCE',
    );
  });
});
