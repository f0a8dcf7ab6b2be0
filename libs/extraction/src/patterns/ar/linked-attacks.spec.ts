// An attack said to be inspired by or linked to a jihadist group accuses that group (linked-attacks.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic attacks tied to a jihadist group', () => {
  it('reads an attack "inspired by" ISIS as an accusation', () => {
    expect(typesOf('وقال رئيس اللجنة إن هذا الهجوم هو، برأيي وبحسب خبرتي، مستوحى من تنظيم داعش.')).toContain('ACCUSE');
  });
  it('reads a suicide attack "linked to" ISIS as an accusation', () => {
    expect(typesOf('وقال الوزير إن الاحتمال الأكبر هو أن يكون الأمر هجوما انتحاريا على علاقة بداعش.')).toContain(
      'ACCUSE',
    );
  });
  it('leaves a denied tie alone ("أي علاقة")', () => {
    expect(typesOf('ونفى المتحدث أن يكون للهجوم أي علاقة بتنظيم داعش.')).not.toContain('ACCUSE');
  });
  it('leaves a tie to nuclear activities alone', () => {
    expect(typesOf('وتبقى القيود على المعدات المرتبطة بالأنشطة النووية سارية خمس سنوات.')).not.toContain('ACCUSE');
  });
});
