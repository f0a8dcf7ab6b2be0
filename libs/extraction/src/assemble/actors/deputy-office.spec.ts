// The king or president named in a deputy's or adviser's title does not act: the holder of the title does.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-04' }).map((e) => e.actor?.name ?? null);

describe('persons in a deputy or adviser title', () => {
  it('reads the deputy named after the title, not the king the title names', () => {
    const actors = actorsOf(
      'استقبل نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز في قصر السلام اليوم، الأمراء والوزراء.',
    );
    expect(actors).toContain('Mohammed bin Nayef');
    expect(actors).not.toContain('King Salman');
  });
  it('reads the adviser named after the title, not the king', () => {
    const actors = actorsOf(
      'التقى مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة الأمير خالد الفيصل مدير عام الإدارة العامة للمجاهدين في جدة.',
    );
    expect(actors).toContain('Khalid al-Faisal');
    expect(actors).not.toContain('King Salman');
  });
  it('still reads the king himself', () => {
    expect(
      actorsOf('استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم، الأمراء والوزراء.'),
    ).toContain('King Salman');
  });
});
