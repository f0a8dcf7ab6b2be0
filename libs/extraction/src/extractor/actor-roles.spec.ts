// Who the rule extractor credits as the doer: VSO/SVO subjects, idafa after a masdar, passive agents, victims and
// attribution sources (never the doer of a material event), prepositional objects, plain-text subjects when the
// dictionary knows no name, coordinated verbs sharing a subject, the speaker of a statement, and counts.
import { FAKE_RESOURCES } from './fake-resources';
import { RuleExtractor } from './rule-extractor';

const ex = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 });
const run = (body: string, language: string) =>
  ex.extract({ id: 't', body, language, publishedAt: '2016-12-05T10:00:00Z' });
const actorOf = (body: string, language: string, type: string) =>
  run(body, language).find((e) => e.type === type)?.actor?.name ?? null;

describe('Arabic subjects', () => {
  it('reads the subject after a VSO verb and before an SVO verb', () => {
    expect(actorOf('قصفت قوات النظام مدينة دوما.', 'ar', 'ASSAULT')).toBe('Syrian government');
    expect(actorOf('قالت مصادر إن الحوثيين قصفوا صنعاء.', 'ar', 'ASSAULT')).toBe('Houthis');
  });
  it('reads the actor in an idafa after a masdar, and the agent after من قبل', () => {
    expect(actorOf('تعرضت دوما لقصف قوات النظام.', 'ar', 'ASSAULT')).toBe('Syrian government');
    expect(actorOf('تم اعتقال خمسة أشخاص في حلب من قبل الشرطة.', 'ar', 'COERCE')).toBe('Police');
  });
  it('does not take the object of a preposition as the subject', () => {
    expect(actorOf('واشتبكت مع المعارضة في حلب.', 'ar', 'ASSAULT')).toBe('Syrian opposition');
    expect(actorOf('قال الجيش إن قواته اشتبكت مع المعارضة في حلب.', 'ar', 'ASSAULT')).not.toBe(null);
  });
  it('never credits victims with the attack', () => {
    expect(actorOf('قتل 13 مسلحا من الحوثيين في صنعاء.', 'ar', 'ASSAULT')).toBe(null);
    expect(actorOf('أعلن الجيش مقتل 10 من عناصر المعارضة في حلب.', 'ar', 'ASSAULT')).toBe('Syrian army');
  });
  it('keeps an attribution source out of a material event', () => {
    expect(actorOf('وقالت وزارة الدفاع إنه تم استهداف عربة في حلب.', 'ar', 'ASSAULT')).toBe(null);
    expect(actorOf('Shells hit a market in Aleppo, according to the Red Crescent.', 'en', 'ASSAULT')).toBe(null);
  });
  it('falls back to a plain agent phrase the dictionary does not know', () => {
    expect(actorOf('واتهمت المؤسسة الوطنية للنفط التي مقرها طرابلس الحكومة بقصف ناقلات.', 'ar', 'ACCUSE')).toBe(
      'المؤسسة الوطنية للنفط',
    );
  });
  it('lets a coordinated verb share the subject of the verb before it', () => {
    const events = run('قال مسؤول إن الأمم المتحدة ترحب بالهدنة وتطالب بالذات الحوثيين باحترامها.', 'ar');
    expect(events.find((e) => e.type === 'REQUEST')?.actor?.name).toBe('United Nations');
  });
  it('reads a protest noun that names people as its own actor', () => {
    expect(actorOf('فرقت الشرطة مئات المتظاهرين في القاهرة.', 'ar', 'PROTEST')).toBe('Protesters');
  });
});

describe('English subjects', () => {
  it('prefers "by X" after a noun and ignores the dateline city', () => {
    expect(actorOf('CAIRO — Shelling by Houthi rebels on Sanaa killed seven civilians.', 'en', 'ASSAULT')).toBe(
      'Houthis',
    );
  });
  it('falls back to the noun phrase before the verb when the dictionary has no name', () => {
    expect(actorOf('Protest organisers called for a general strike.', 'en', 'REQUEST')).toBe('Protest organisers');
    expect(actorOf('The U.N. Assistance Mission in Afghanistan condemned the decision.', 'en', 'ACCUSE')).toBe(
      'U.N. Assistance Mission in Afghanistan',
    );
  });
  it('does not read a subject across a comma, and coordinated verbs share a subject', () => {
    const events = run('The United Nations called on all sides to protect protesters, and urged Egypt to act.', 'en');
    expect(events.filter((e) => e.type === 'REQUEST').map((e) => e.actor?.name)).not.toContain('Protesters');
  });
  it('gives plain-text actors no dictionary id', () => {
    const e = run('Protest organisers called for a general strike.', 'en').find((x) => x.type === 'REQUEST');
    expect(e?.actor?.id).toBe(null);
  });
});

describe('counts', () => {
  it('reads a definite singular victim and a dual as counts', () => {
    expect(run('استشهد الشاب في قصف لقوات النظام على دوما.', 'ar').find((e) => e.type === 'ASSAULT')?.killed).toBe(1);
    expect(run('قتل مدنيان في قصف لقوات النظام على دوما.', 'ar').find((e) => e.type === 'ASSAULT')?.killed).toBe(2);
  });
});

describe('background', () => {
  it('drops a verb in a relative clause about an unnamed thing, keeps one about a named place', () => {
    expect(run('وجاء ذلك بعد الاتفاق الذي أبرمته الأطراف.', 'ar').map((e) => e.type)).not.toContain('AGREE');
    expect(run('وصلت التعزيزات إلى حلب التي انسحبت منها المعارضة.', 'ar').map((e) => e.type)).toContain('RETREAT');
  });
});
