// Actor choice with the real dictionary: a speaker that reports its own act is the doer, a verb of undergoing
// (شهدت تركيا هجوما) does not make its subject the attacker, a place after a preposition is not an English subject.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, language: string, type: string) =>
  ex.extract({ id: 't', body, language, publishedAt: '2016-12-05T10:00:00Z' }).find((e) => e.type === type)?.actor ??
  null;

describe('chooseActor with the real dictionary', () => {
  it('a speaker reporting its own act did it', () => {
    expect(
      actorOf('The Nigerian army said it had deployed additional troops to markets in Maiduguri.', 'en', 'MOBILIZE')
        ?.name,
    ).toBe('Nigeria military');
    expect(actorOf('قالت البحرين اليوم السبت إنها استدعت سفيرها لدى طهران للتشاور.', 'ar', 'SANCTION')?.name).toBe(
      'Bahrain',
    );
  });

  it('a place or a statement phrase between the speaker and its own pronoun keeps the speaker the doer', () => {
    expect(
      actorOf('أكدت مصادر في المقاومة الشعبية بمحافظة تعز أنها قتلت 12 من عناصر ميليشيا الحوثي.', 'ar', 'ASSAULT')
        ?.name,
    ).toBe('Popular Resistance');
    expect(actorOf('وقال الجيش العراقي في بيان له إنه قتل 20 من عناصر داعش في الأنبار.', 'ar', 'ASSAULT')?.name).toBe(
      'Iraq military',
    );
    // A comma closes the phrase: the pronoun no longer follows the speaker's words.
    expect(
      actorOf('وقال الجيش العراقي في بيان، بعد يومين من المعارك، إنه قتل 20 من عناصر داعش.', 'ar', 'ASSAULT')?.name,
    ).not.toBe('Iraq military');
  });

  it('a feminine dual gentilic after a means noun names the state’s military', () => {
    expect(actorOf('وقصفت مقاتلتان تركيتان مواقع للمتمردين في شمال العراق.', 'ar', 'ASSAULT')?.name).toBe(
      'Turkey military',
    );
    expect(actorOf('وهاجمت مروحيتين أمريكيتين قافلة في ولاية هلمند.', 'ar', 'ASSAULT')?.name).toBe(
      'United States military',
    );
  });

  it('a verb opening a quotation does not take the name before the quote mark as its subject', () => {
    expect(
      actorOf('وقال سالم أحمد المتحدث باسم حاكم الولاية "هاجمت مقاتلتان تركيتان القرية الحدودية.', 'ar', 'ASSAULT')
        ?.name,
    ).toBe('Turkey military');
  });

  it('the subject of شهد / تعرض underwent the attack', () => {
    const a = actorOf('شهدت تركيا أمس هجوما انتحاريا اوقع 30 قتيلا في مدينة سوروتش.', 'ar', 'ASSAULT');
    expect(a?.name).not.toBe('Turkey');
  });

  it('an English place after a preposition is not the subject; the named group is', () => {
    expect(
      actorOf(
        'Taliban authorities in the western province of Herat have banned women from attending medical institutes.',
        'en',
        'COERCE',
      )?.name,
    ).toBe('Taliban');
  });

  it('an Israeli drone strike is Israel’s military', () => {
    expect(
      actorOf(
        'An Israeli drone strike on a car near the town of Nabatieh killed two people on Friday.',
        'en',
        'ASSAULT',
      )?.name,
    ).toBe('Israeli military');
  });
});

describe('a governed name split off by quotes or brackets', () => {
  it('is not the subject of the verb', () => {
    const body = 'دخلت القوات العراقية البلدة، واشتبكت مع مسلحي تنظيم "داعش" داخل البلدة.';
    expect(actorOf(body, 'ar', 'ASSAULT')?.name).toBe('Iraq military');
  });
});
