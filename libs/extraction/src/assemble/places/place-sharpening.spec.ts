// Arabic place choice: a place a compass word locates another by is a landmark, not the scene; a happening placed
// only in a province takes the town the article later names together with that province; newly covered towns.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { findPlaces } from '../../gazetteer';

const ex = new RuleExtractor({ minConfidence: 0 });
const assaults = (body: string): (string | null | undefined)[] =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? e.location?.country);
const placesIn = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('compass landmarks', () => {
  it('a city that only locates the named province is not the scene', () => {
    expect(assaults('قالت مصادر في محافظة ديالى شمال شرق بغداد إن مسلحين قتلوا ثلاثة شبان أمس.')).toEqual(['Diyala']);
  });

  it('a city after "الواقعة إلى الشرق من" locates the place named before it', () => {
    expect(
      assaults('وتشهد المنطقة المحيطة بدرنة، والواقعة إلى الشرق من مدينة بنغازي، قتالا عنيفا منذ أسابيع.'),
    ).toEqual(['Derna']);
  });

  it('keeps the landmark when it is the only place named', () => {
    expect(assaults('قتل خمسة جنود أمس في هجوم على نقطة تفتيش جنوب بغداد.')).toEqual(['Baghdad']);
  });
});

describe('a province in the lead, the town later', () => {
  it('takes the town the article names together with the province', () => {
    const body =
      'أصيب 18 مجنداً من قوات الأمن المركزي المصري اليوم إثر انفجار عبوة ناسفة بشمال سيناء.\n' +
      'وأوضح مصدر أمني أن عبوة ناسفة انفجرت أثناء مرور حافلة تقل مجندين على طريق العريش الساحلي بشمال سيناء.';
    expect(assaults(body)).toEqual(['al-Arish']);
  });

  it('not when the province qualifies a spot the gazetteer lacks', () => {
    const body =
      'قتل 20 إرهابيا إثر استهداف مقر لتجمع العناصر الإرهابية في منطقة "جبل العليقة" في شمال سيناء.\n' +
      'من ناحية أخرى، استشهد ثلاثة جنود إثر سقوط قذيفة عشوائية في محيط أحد الكمائن بمنطقة الشيخ زويد في شمال سيناء.';
    expect(assaults(body)).toEqual(['North Sinai', 'Sheikh Zuweid']);
  });
});

describe('a province that only says where the source is', () => {
  it('keeps the province', () => {
    const body =
      'قالت مصادر في محافظة ديالى إن مليشيات أحرقت ثلاثة شبان حتى الموت.\n' +
      'وقال مسعفون إن عشرة مدنيين قتلوا بنيران قذائف الهاون في بلدة خان بني سعد بمحافظة ديالى.';
    expect(assaults(body)).toContain('Diyala');
  });
});

describe('gazetteer: districts and towns of 2015 news', () => {
  it('reads Baghdad districts, the Kurdish southeast of Turkey, Maroua and Logar', () => {
    expect(placesIn('انفجار سيارة مفخخة في حي البياع ببغداد')).toContain('al-Bayaa (Baghdad)');
    expect(placesIn('سيارتين مفخختين في منطقة الشعب شرقا')).toEqual(['al-Shaab (Baghdad)']);
    expect(placesIn('انفجرت سيارة مفخخة في الزعفرانية بجنوب بغداد')[0]).toBe('Zafaraniya (Baghdad)');
    expect(placesIn('هجوم بقنبلة في منطقة بيسميل في ديار بكر')[0]).toBe('Bismil');
    expect(placesIn('وفي اقليم هكاري شرق تركيا')[0]).toBe('Hakkari');
    expect(placesIn('مقتل شرطيين في جيلان بينار')).toEqual(['Ceylanpinar']);
    expect(placesIn('الهجوم الذي وقع في مدينة مروة شمالي الكاميرون')[0]).toBe('Maroua');
    expect(placesIn('في منطقة باراكي باراك بإقليم لوجار')).toEqual(['Baraki Barak', 'Logar']);
  });

  it('leaves the common words and names alone', () => {
    expect(placesIn('قال حزب الشعب الديموقراطي إن مجلس الشعب سيجتمع')).toEqual([]);
    expect(placesIn('قالت مروة إن الشرطة الرابعة وصلت')).toEqual([]);
  });
});
