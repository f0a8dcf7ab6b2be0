// Who is addressed is not who acts: a name after "بيانا دعت فيه" is the call's object, a ل-phrase after a verbal
// masdar ("برقية تهنئة لجلالة السلطان") is its recipient, a spokesman's باسم is "on behalf of", an eponym
// (مستشفى الملك فهد) is no person, a person's name stops before an organisation, the adjective "السعودية" after a
// company noun is no state, a city's municipality (أمانة منطقة الرياض) acts under its own name, and a plain subject
// phrase ends before the verb's object (ودعت الجوازات الأشقاء).
import { RuleExtractor } from '../../extractor/rule-extractor';
import { findActors } from '../../actors/find-actors';

const ex = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => ex.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' });
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);
const names = (text: string) => findActors(text).map((m) => m.actor.name);

describe('a ل-phrase inside the reported clause', () => {
  it('is the owner of a strike noun, not the one the statement was made to', () => {
    const body = 'وقال مصدر محلي إن الغارات الجوية لطيران التحالف استهدفت مواقع في صعدة.';
    expect(actorsOf(body, 'ASSAULT')).toContain('Saudi-led coalition');
  });
});

describe('the object of a verb in a statement clause', () => {
  it('does not take the party called on in "كلمة دعا فيها" as the caller', () => {
    const actors = actorsOf('وألقى الأمين العام كلمة دعا فيها الحكومة الأردنية إلى فتح الحدود.', 'REQUEST');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('Jordan government');
  });

  it('does not take the accused in "بيانا اتهم فيه" as the accuser', () => {
    const actors = actorsOf('وأصدر الحزب بيانا اتهم فيه الحكومة العراقية بالتقصير.', 'ACCUSE');
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain('Iraqi government');
  });

  it('keeps the subject named after the pronoun of a place clause', () => {
    const actors = actorsOf('وزار الوفد غزة التي قصفت فيها المقاتلات الإسرائيلية مئات المنازل.', 'ASSAULT');
    expect(actors).toContain('Israeli military');
  });
});

describe('the recipient of a verbal masdar', () => {
  it('gives a congratulation cable to its sender, not to the honoured ruler', () => {
    const actors = actorsOf(
      'كما بعث الأمير محمد بن نايف ولي العهد، ببرقية تهنئة لجلالة السلطان قابوس بن سعيد سلطان عمان بمناسبة العيد الوطني.',
      'SUPPORT',
    );
    expect(actors).toContain('Mohammed bin Nayef');
    expect(actors.some((a) => a?.includes('قابوس'))).toBe(false);
  });
});

describe('person names', () => {
  it('reads باسم after a spokesman title as "on behalf of"', () => {
    expect(names('وقال المتحدث الرسمي باسم الخارجية المصرية إن الوفد وصل')).not.toContain('باسم');
  });

  it('reads a king after a hospital noun as the hospital name', () => {
    expect(names('وحذر طبيب في مستشفى الملك فهد بالمدينة من الألعاب النارية')).not.toContain('فهد');
  });

  it('stops a name before the organisation it addresses', () => {
    const actors = actorsOf(
      'طالب البطريرك يوحنا العاشر الأمم المتحدة أمس بأن تتخذ موقفا حازما من تغير المناخ.',
      'REQUEST',
    );
    expect(actors).not.toContain('الأمم المتحدة');
    expect(actorsOf('طالب البابا فرنسيس الأمم المتحدة أمس بأن تتخذ موقفا حازما.', 'REQUEST')).toEqual(['Pope Francis']);
  });
});

describe('state names that are not the state', () => {
  it('reads "الشركة السعودية" as a company, not Saudi Arabia', () => {
    expect(names('طلبت الشركة السعودية للكهرباء قرضا جديدا من المصارف')).not.toContain('Saudi Arabia');
  });

  it('keeps a Saudi force named by its adjective', () => {
    expect(names('ودكت المدفعية السعودية مواقع المتمردين')).toContain('Saudi Arabia military');
  });

  it('gives a municipality its own name instead of the capital state', () => {
    const actors = actorsOf('وقدمت أمانة منطقة الرياض اعتذارها للسكان عن تأخر المشروع.', 'CONCEDE');
    expect(actors).toEqual(['أمانة منطقة الرياض']);
  });
});

describe('the end of a plain subject phrase', () => {
  it('stops a body name before its object', () => {
    const actors = actorsOf('ودعت الجوازات الأشقاء اليمنيين إلى سرعة مراجعة مراكز التصحيح.', 'REQUEST');
    expect(actors).toEqual(['الجوازات']);
  });

  it('keeps adjectives and complements of the name', () => {
    expect(actorsOf('واتهمت المؤسسة الوطنية للكهرباء الحكومة بالتقصير.', 'ACCUSE')).toEqual([
      'المؤسسة الوطنية للكهرباء',
    ]);
    expect(actorsOf('وطالبت حكومة رئيس الوزراء اليوناني النقابات بوقف الإضراب.', 'REQUEST')).toEqual([
      'حكومة رئيس الوزراء اليوناني',
    ]);
  });
});
