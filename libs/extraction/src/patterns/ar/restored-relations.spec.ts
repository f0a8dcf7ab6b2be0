// Restoring diplomatic ties or reopening embassies is cooperation between two states (cooperative.patterns.ts), not
// the concession that a bare "أعادت ~ فتح" (a reopened crossing) reads.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2020-03-10' }).map((e) => `${e.type}/${e.mode}`);

describe('restored diplomatic relations', () => {
  it.each([
    ['أعلنت الخارجية أن المغرب أعاد علاقاته الدبلوماسية مع الأردن وعين سفيرا جديدا.', 'COOPERATE/cooperate'],
    ['أعادت ليبيا وتشاد رسميا أمس فتح سفارتيهما بعد سنوات من القطيعة.', 'COOPERATE/cooperate'],
    ['استأنفت مصر علاقاتها الدبلوماسية مع قطر أمس.', 'COOPERATE/cooperate'],
    ['جرى أمس في العاصمة حفل إعادة فتح السفارة الأردنية.', 'COOPERATE/cooperate'],
  ])('%s → %s', (text, reading) => {
    expect(typesOf(text)).toContain(reading);
  });

  it('reopening a crossing stays a concession', () => {
    const found = typesOf('أعادت السلطات المصرية أمس فتح المعبر أمام المسافرين.');
    expect(found).not.toContain('COOPERATE/cooperate');
  });
});
