// Formal Gulf statement and agreement phrasings: first-person calls, "على ضرورة", insisting, calling reports untrue,
// apologies with a light verb, signatories between verb and agreement, and prayers that are no demands.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const rules = new RuleExtractor({ minConfidence: 0 });
const extracted = (body: string) => rules.extract({ id: 't', body, language: 'ar' });

describe('Arabic statement phrasings', () => {
  it.each([
    ['وأضاف: إنني أخاطب كل مواطن، وأدعو إلى استنكار ورد وطني مخلص.', 'REQUEST'],
    ['وقال البرلمان في بيان: نطالب بوقف الضربات فورا.', 'REQUEST'],
    ['وشدد الوزير على ضرورة وقف التدخلات في الشؤون الداخلية.', 'REQUEST'],
    ['ذكرت تقارير أن صندوق النقد الدولي يصر على الحصول على ضمانات منفصلة.', 'REQUEST'],
    ['وأكد السفير أن الأخبار التي وردت بشأن الوساطة غير صحيحة.', 'REJECT'],
    ['وقال المتحدث إن هذه الأنباء عارية عن الصحة.', 'REJECT'],
    ['كما قدمت أمانة منطقة الرياض اعتذارها للجميع.', 'CONCEDE'],
    ['أصبحت الشركة أول شركة يابانية كبيرة تعتذر عن استخدام الأسرى.', 'CONCEDE'],
    ['وقعت قبيلتا التبو والطوارق الليبيتين في سبها اتفاقا لوقف إطلاق النار.', 'AGREE'],
    ['أبرمت باكستان اتفاقية مع الصين للحصول على ثماني غواصات.', 'AGREE'],
    ['وقع يوم الأحد بعض الجماعات الليبية المتحاربة على اتفاق مبدئي.', 'AGREE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('reads no demand in a prayer, a manner or a clash despite an agreement', () => {
    expect(typesOf('أما علي محمد فقال داعيا الله أن يحفظ البلاد.')).not.toContain('REQUEST');
    expect(typesOf('ودعا الله أن يحفظ الوطن.')).not.toContain('REQUEST');
    expect(typesOf('ندعو له بالشفاء العاجل.')).not.toContain('REQUEST');
    expect(typesOf('تم تركيب العداد بشكل غير صحيح.')).not.toContain('REJECT');
    expect(typesOf('وقعت الاشتباكات العنيفة في المدينة رغم الاتفاق بين الطرفين.')).not.toContain('AGREE');
  });

  it('reads the light verb of an apology and the object of a signing as part of the trigger', () => {
    const index = triggerIndex('ar');
    if (!index) throw new Error('no Arabic lexicon');
    const [apology] = matchTriggers(tokenize('كما قدمت أمانة منطقة الرياض اعتذارها للجميع.'), index);
    expect(apology.spec.voice).toBe('verb');
    const [deal] = matchTriggers(tokenize('أبرمت باكستان اتفاقية مع الصين.'), index);
    expect(deal.spec.words).toContain('اتفاقية');
  });

  it('gives a first-person call no addressee as its actor', () => {
    const calls = extracted('وأشار إلى أن التحالف يسيطر على الجو، ونناشدهم بأن يكون عملهم جديا في هذه المعركة.').filter(
      (e) => e.type === 'REQUEST',
    );
    expect(calls.length).toBeGreaterThan(0);
    for (const e of calls) expect(e.actor?.name ?? '').not.toMatch(/coalition/i);
  });
});
