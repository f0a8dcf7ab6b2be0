// The town an offensive means to relieve ("التخفيف عن مدينة الزبداني") is not where it strikes (relieved-place.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const assaults = (body: string) =>
  all
    .explain({ id: 't', body, language: 'ar' })
    .map((e) => e.event)
    .filter((e) => e.type === 'ASSAULT');

describe('the town an offensive means to relieve', () => {
  it('places no attack at the relieved town nor at its area: "التخفيف عن مدينة الزبداني في ريف دمشق"', () => {
    const found = assaults(
      'وبدأ جيش الفتح هجوما على بلدتي الفوعة وكفريا قبل نحو أسبوع. وقال القائد إن هدف الهجوم التخفيف عن مدينة الزبداني في ريف دمشق.',
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((e) => e.location?.name)).not.toContain('Zabadani');
    expect(found.map((e) => e.location?.name)).not.toContain('Rif Dimashq');
  });

  it('places no shelling at the town "تخفيف الضغط عن" names', () => {
    const found = assaults('قصفت فصائل المعارضة بلدة نبل في ريف حلب بهدف تخفيف الضغط عن الزبداني.');
    expect(found.map((e) => e.location?.name)).toContain('Nubl');
    expect(found.map((e) => e.location?.name)).not.toContain('Zabadani');
  });

  it('keeps the town attacked when no relief is told', () => {
    const found = assaults('وقال القائد إن قوات النظام شنت هجوما على مدينة الزبداني.');
    expect(found.map((e) => e.location?.name)).toContain('Zabadani');
  });
});
