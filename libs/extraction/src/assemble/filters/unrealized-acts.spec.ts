// Arabic acts not yet happened (unrealized-acts.ts), through the whole extractor: a noun qualified as possible and an
// act dated tomorrow, each with a control sentence that still yields the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-20T08:00:00Z' }).map((e) => e.type);

describe('possible acts', () => {
  it('reads a noun qualified as possible as no happening', () => {
    expect(typesOf('وحذرت السفارة رعاياها من هجوم محتمل على الفنادق في العاصمة.')).not.toContain('ASSAULT');
    expect(typesOf('وينتظر الادعاء طلبات المسؤولين بشأن توجيه الاتهامات المحتملة له.')).not.toContain('ACCUSE');
  });
  it('keeps an attack followed by "من المحتمل أن"', () => {
    expect(typesOf('وشن مسلحون هجوما على الفندق ومن المحتمل أن يرتفع عدد الضحايا.')).toContain('ASSAULT');
  });
});

describe('acts dated tomorrow', () => {
  it('reads a meeting held tomorrow as a plan', () => {
    expect(typesOf('ويعقد مجلس الجامعة العربية اجتماعا طارئا غدا الثلاثاء في القاهرة.')).not.toContain('CONSULT');
  });
  it('keeps a visit made yesterday beside tomorrow’s plans', () => {
    expect(typesOf('وزار وزير الخارجية القاهرة أمس على أن يغادرها غدا إلى عمان.')).toContain('CONSULT');
  });
});

describe('acts a road is paved for', () => {
  it('reads a lifting the way is paved or opened for as what may come next', () => {
    expect(typesOf('وأقر البرلمان القانون بالإجماع ممهدا الطريق لرفع العقوبات عن الجارة.')).not.toContain('CONCEDE');
    expect(typesOf('ووقعت الحكومة المذكرة وهي تمهد بذلك الطريق أمام رفع العقوبات عن الشركات.')).not.toContain(
      'CONCEDE',
    );
  });
  it('keeps a lifting that happened', () => {
    expect(typesOf('ورفعت الحكومة العقوبات عن الشركات أمس بعد توقيع المذكرة.')).toContain('CONCEDE');
  });
});
