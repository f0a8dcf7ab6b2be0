// The seat a body "takes" ("تتخذ مقرًا في لندن") describes the body, not the scene of what it reports (taken-seat.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const places = (body: string) =>
  all
    .explain({ id: 't', body, language: 'ar' })
    .map((e) => e.event)
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name);

describe('the seat a body takes', () => {
  it('places no executions at the rights group\'s seat: "التي تتخذ مقرًا في لندن"', () => {
    const found = places(
      'نددت منظمة العفو الدولية بموجة إعدامات في ايران، وأفادت المنظمة الحقوقية التي تتخذ مقرًا في لندن أن «السلطات الإيرانية أعدمت 694 شخصًا».',
    );
    expect(found).not.toContain('London');
  });

  it('places no attack at the seat of "تتخذ من لندن مقرا لها"', () => {
    const found = places('وقالت الجماعة التي تتخذ من لندن مقرا لها إن مسلحين هاجموا قرية في ريف إدلب.');
    expect(found).not.toContain('London');
  });

  it('keeps a headquarters attacked in a city: "هاجموا مقرا في الرمادي"', () => {
    expect(places('وقال مصدر أمني إن مسلحين هاجموا مقرا في مدينة الرمادي.')).toContain('Ramadi');
  });
});
