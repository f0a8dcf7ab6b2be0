// Two place rules from the audit of unlabeled feed text: a country named as the setting right by a happening's
// trigger is not replaced by a city of another country further on, and a person's home ("مسجّل في", "المقيم في")
// is not the scene of what they did.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string): (string | undefined)[] =>
  ex
    .extract({ id: 't', language: 'ar', body, publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? undefined);

describe('a country named by the trigger against a foreign city further on', () => {
  it('keeps "في كوستاريكا" for the arrest rather than a Roman prison the man was moved to later', () => {
    const body =
      'وقالت الشرطة إن المهرب اعتقل في كوستاريكا ثم سلم إلى السلطات الإيطالية التي أودعته سجنا قريبا من مدينة روما.';
    const places = placesOf(body, 'COERCE');
    expect(places).not.toContain('Rome');
    expect(places).toContain('Costa Rica');
  });

  it('still prefers a city inside the named country (بحلب in Syria)', () => {
    const body = 'قتل خمسة مدنيين في سوريا اليوم جراء قصف استهدف حيا سكنيا في مدينة حلب.';
    expect(placesOf(body, 'ASSAULT')).toContain('Aleppo');
  });
});

describe('a person’s home is not the scene', () => {
  it('does not place a bombing where the bomber was registered', () => {
    const body = 'قتل 20 شخصا في تفجير انتحاري نفذه طالب مسجل في منطقة أديامان.';
    const places = placesOf(body, 'ASSAULT');
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Adiyaman');
  });

  it('does not place an arrest at the town where the suspect lives', () => {
    const body = 'اعتقلت الشرطة التركية أمس شابا مقيم في أنقرة بتهمة التخطيط لهجوم.';
    const places = placesOf(body, 'COERCE');
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Ankara');
  });

  it("does not place a battle in the country where a side's leader sits in refuge", () => {
    const body = 'تتواصل المعارك بين قوات الرئيس اللاجئ في الأردن والمتمردين حول حي الشيخ عثمان في عدن.';
    const places = placesOf(body, 'ASSAULT');
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Jordan');
  });
});

describe('a home told in a sentence without a happening', () => {
  it('sets no scene for the next sentence: "امرأة ألمانية تقيم في برلين" leaves the raid in Istanbul', () => {
    const body =
      'داهمت الشرطة التركية مكتب جمعية في اسطنبول. وكانت الجمعية تديرها امرأة ألمانية تقيم في برلين. واعتقلت الشرطة في المدينة ثلاثة من موظفيها.';
    const places = placesOf(body, 'COERCE');
    expect(places).not.toContain('Berlin');
    expect(places).toContain('Istanbul');
  });
});
