// An Arabic act told in a "دون أن" clause did not happen (arabic-without-acts.ts); the act beside it, and an attack
// that "no side claimed", still did.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const events = (body: string) => all.explain({ id: 't', body, language: 'ar' }).map((e) => e.event);

describe('Arabic acts told as not done ("دون أن")', () => {
  it('adds no strike for jets that flew over without striking', () => {
    const found = events(
      'وأشار إلى أن مقاتلات تركية حلقت أيضا في أجواء جبل قنديل شمال محافظة أربيل، من دون أن تشن غارات.',
    );
    expect(found.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });

  it('keeps the strike that was carried out', () => {
    const found = events('شنت مقاتلات تركية غارات على مواقع حزب العمال الكردستاني في جبل قنديل شمال العراق.');
    expect(found.map((e) => e.type)).toContain('ASSAULT');
  });

  it('keeps an attack that no side claimed: "دون أن تتبنى أي جهة الهجوم"', () => {
    const found = events('قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش، دون أن تتبنى أي جهة الهجوم.');
    expect(found.map((e) => e.type)).toContain('ASSAULT');
  });
});
