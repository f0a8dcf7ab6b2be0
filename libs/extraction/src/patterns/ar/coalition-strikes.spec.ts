// "ضربات التحالف الجوية" (assault.patterns.ts): the coalition named between the strikes and their adjective is an air
// strike by the coalition; the contiguous "ضربات جوية" keeps its own phrase.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const strikes = (body: string) =>
  rules
    .explain({ id: 'cs', body, language: 'ar' })
    .filter((e) => e.event.type === 'ASSAULT')
    .map((e) => ({ pattern: e.explain.pattern, actor: e.event.actor?.name ?? null }));

describe('Arabic coalition air strikes', () => {
  it('reads the strikes with the coalition between them and their adjective', () => {
    const read = strikes('وقال مدير المرصد إن ضربات التحالف الجوية دعمت الأكراد في بلدة صرين.');
    const strike = read.find((r) => r.pattern === 'ضربات ~~ التحالف الجوية');
    expect(strike?.actor).toMatch(/coalition/);
  });

  it('leaves the contiguous phrase to its own pattern', () => {
    const read = strikes('وقال مقاتلون إن ضربات جوية قتلت ثمانية مسلحين في لحج.');
    expect(read.map((r) => r.pattern)).toContain('ضربات جوية');
  });
});
