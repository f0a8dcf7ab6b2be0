import { EventSchema } from '@marsad/contracts';
import { FAKE_RESOURCES } from './fake-resources';
import { RuleExtractor } from './rule-extractor';

// minConfidence 0: these check what the lexicon and assembly produce; the default threshold is tested in quality.spec.ts.
const rules = new RuleExtractor({ resources: FAKE_RESOURCES, minConfidence: 0 });
const run = (body: string, language: string) =>
  rules.extract({ id: 't', body, language, publishedAt: '2016-12-05T10:00:00Z' });
const one = (body: string, language: string, type: string) => {
  const events = run(body, language).filter((e) => e.type === type);
  expect(events).toHaveLength(1);
  return events[0];
};

describe('RuleExtractor: one sentence per PLOVER type', () => {
  it.each([
    [
      'ASSAULT',
      'aerial',
      'شنت قوات النظام غارات جوية على مدينة حلب أسفرت عن مقتل 7 أشخاص.',
      'Syrian government',
      'Aleppo',
    ],
    ['COERCE', 'arrest', 'اعتقلت الشرطة خمسة أشخاص في القاهرة.', 'Police', 'Cairo'],
    ['RETREAT', 'withdraw', 'انسحب الحوثيون من صنعاء.', 'Houthis', 'Sanaa'],
    ['MOBILIZE', 'troops', 'دفع الجيش بتعزيزات عسكرية إلى حلب.', 'Syrian army', 'Aleppo'],
    ['PROTEST', 'demo', 'تظاهر الآلاف في القاهرة احتجاجا على الغلاء.', null, 'Cairo'],
    ['AID', 'humanitarian', 'وصلت قافلة مساعدات إنسانية من الهلال الأحمر إلى دوما.', null, 'Douma'],
    ['REQUEST', 'demand', 'طالبت الأمم المتحدة بوقف القتال.', 'United Nations', null],
    ['ACCUSE', 'accuse', 'اتهمت السعودية إيران بدعم الحوثيين.', 'Saudi Arabia', null],
    ['REJECT', 'deny', 'نفت موسكو وجود اتفاق.', 'Russia', null],
    ['THREATEN', 'threaten', 'هدد الحوثيون باستهداف السعودية.', 'Houthis', null],
    ['AGREE', 'sign', 'وقعت السعودية ومصر اتفاقية للتعاون.', 'Saudi Arabia', null],
    ['CONSULT', 'phone', 'أجرى وزير خارجية السعودية اتصالا هاتفيا مع نظيره.', 'Saudi Arabia', null],
    ['SUPPORT', 'praise', 'رحبت السعودية بالقرار.', 'Saudi Arabia', null],
    ['CONCEDE', 'apologize', 'اعتذرت مصر عن الخطأ.', 'Egypt', null],
    ['COOPERATE', 'cooperate', 'بحثت السعودية ومصر التنسيق الأمني.', null, null],
    ['SANCTION', 'sanction', 'فرضت السعودية عقوبات على إيران.', 'Saudi Arabia', null],
  ])('Arabic %s (%s)', (type, mode, body, actor, place) => {
    const e = one(body, 'ar', type);
    expect(e.mode).toBe(mode);
    if (actor) expect(e.actor?.name).toBe(actor);
    if (place) expect(e.location?.name).toBe(place);
    expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(EventSchema.safeParse(e).success).toBe(true);
  });

  it.each([
    [
      'ASSAULT',
      'aerial',
      'Houthi rebels launched airstrikes on Sanaa on Monday, killing 7 people.',
      'Houthis',
      'Sanaa',
    ],
    ['COERCE', 'arrest', 'Egyptian police arrested 12 activists in Cairo.', 'Police', 'Cairo'],
    ['RETREAT', 'withdraw', 'The Houthis withdrew from Sanaa.', 'Houthis', 'Sanaa'],
    ['MOBILIZE', 'troops', 'Russia deployed troops to Aleppo.', 'Russia', 'Aleppo'],
    ['PROTEST', 'demo', 'Thousands of protesters rallied in Cairo.', null, 'Cairo'],
    ['AID', 'humanitarian', 'An aid convoy from the Red Crescent reached Gaza.', null, 'Gaza'],
    ['REQUEST', 'call', 'the United Nations called for a halt to the fighting.', 'United Nations', null],
    ['ACCUSE', 'accuse', 'Saudi Arabia accused Iran of arming the Houthis.', 'Saudi Arabia', null],
    ['REJECT', 'deny', 'Russia denied the report.', 'Russia', null],
    ['THREATEN', 'threaten', 'Iran threatened Saudi Arabia with retaliation.', 'Iran', null],
    ['AGREE', 'sign', 'Saudi Arabia and Egypt signed an accord.', 'Saudi Arabia', null],
    ['CONSULT', 'meet', 'Egypt held talks with Saudi Arabia in Riyadh.', 'Egypt', null],
    ['SUPPORT', 'praise', 'Egypt welcomed the decision.', 'Egypt', null],
    ['CONCEDE', 'apologize', 'Egypt apologized for the error.', 'Egypt', null],
    ['COOPERATE', 'cooperate', 'Egypt and Saudi Arabia announced security cooperation.', null, null],
    ['SANCTION', 'sanction', 'Saudi Arabia imposed new sanctions on Iran.', 'Saudi Arabia', null],
  ])('English %s (%s)', (type, mode, body, actor, place) => {
    const e = one(body, 'en', type);
    expect(e.mode).toBe(mode);
    if (actor) expect(e.actor?.name).toBe(actor);
    if (place) expect(e.location?.name).toBe(place);
    expect(EventSchema.safeParse(e).success).toBe(true);
  });
});

describe('RuleExtractor: counts, negation, attribution, merging, ids', () => {
  it('reads killed and injured counts', () => {
    expect(one('قتل 12 شخصا وأصيب 30 آخرون في قصف لقوات النظام على حلب.', 'ar', 'ASSAULT')).toMatchObject({
      killed: 12,
      injured: 30,
    });
    expect(one('Houthi shelling killed at least 7 civilians and wounded 15 in Sanaa.', 'en', 'ASSAULT')).toMatchObject({
      killed: 7,
      injured: 15,
    });
  });
  it('marks negated events', () => {
    expect(one('لم تنسحب المعارضة من حلب.', 'ar', 'RETREAT').negated).toBe(true);
    expect(one('The rebels did not withdraw from Aleppo.', 'en', 'RETREAT').negated).toBe(true);
    expect(one('انسحبت المعارضة من حلب.', 'ar', 'RETREAT').negated).toBe(false);
  });
  it('records attribution', () => {
    expect(one('قالت وزارة الدفاع إن المعارضة انسحبت من حلب.', 'ar', 'RETREAT').attribution).toBe(
      'Ministry of Defence',
    );
    expect(one('According to the Red Crescent, rebels withdrew from Aleppo.', 'en', 'RETREAT').attribution).toBe(
      'Red Crescent',
    );
  });
  it('merges repeats of one happening and keeps different places apart', () => {
    const events = run(
      'قصفت قوات النظام مدينة دوما. وأدى قصف النظام على دوما إلى مقتل 5. كما قصفت قوات النظام حلب.',
      'ar',
    ).filter((e) => e.type === 'ASSAULT');
    expect(events.map((e) => e.location?.name).sort()).toEqual(['Aleppo', 'Douma']);
    expect(events.find((e) => e.location?.name === 'Douma')?.killed).toBe(5);
  });
  it('gives deterministic ids and resolves relative dates', () => {
    const a = run('قصفت قوات النظام حلب أمس.', 'ar');
    const b = run('قصفت قوات النظام حلب أمس.', 'ar');
    expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
    expect(a[0].date).toBe('2016-12-04');
  });
  it('passes other languages through without events', () => {
    expect(
      rules.extract({
        id: 'x',
        body: 'Les avions de la coalition ont bombardé la ville et les habitants sont partis.',
      }),
    ).toEqual([]);
  });
  it('skips traffic deaths and purpose clauses', () => {
    expect(run('مصرع 3 أشخاص في حادث مروري في الرياض.', 'ar')).toEqual([]);
    expect(run('دعت الأمم المتحدة إلى وقف القصف على حلب.', 'ar').filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
});
