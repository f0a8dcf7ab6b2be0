// Proves the district table (places.districts.ts): 2015–2026 conflict districts, towns, air bases and camps resolve in
// Arabic and English to the right country and near the right coordinates, same-name places split by context, and
// names that are also words or given names (الحرث, الطوال, الكرامة, الباب, الدورة, جوهر, البغدادي) stay words
// without a trigger noun.
import { DISTRICT_PLACES } from '../data/places.districts';
import { findPlaces, type PlaceMention } from './index';

const at = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text).find((m) => m.surface === surface);

function expectNear(m: PlaceMention | undefined, cc: string, lat: number, lon: number): void {
  expect(m?.place.country).toBe(cc);
  expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.05);
  expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.05);
}

describe('district table', () => {
  it('has unique slugs, known kinds, Arabic names and coordinates in the covered latitudes', () => {
    const slugs = DISTRICT_PLACES.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const p of DISTRICT_PLACES) {
      expect(['admin1', 'city', 'town', 'district', 'region', 'frontline']).toContain(p.kind);
      expect(p.ar.length).toBeGreaterThan(0);
      expect(Number.isFinite(p.lat) && Number.isFinite(p.lon)).toBe(true);
      expect(p.lat).toBeGreaterThan(-2);
      expect(p.lat).toBeLessThan(38);
    }
  });
});

describe('Arabic district and front names', () => {
  it.each([
    ['قتل جنديان في مدينة التاجي شمال بغداد', 'التاجي', 'IQ', 33.52, 44.27],
    ['انفجار عبوة في خان بني سعد بمحافظة ديالى', 'خان بني سعد', 'IQ', 33.57, 44.54],
    ['قصف مدفعي على النخيب جنوب الأنبار', 'النخيب', 'IQ', 32.04, 42.25],
    ['غارات على الحيمة الخارجية بمحافظة صنعاء', 'الحيمة الخارجية', 'YE', 15.15, 43.75],
    ['اشتباكات في جعولة شمال عدن', 'جعولة', 'YE', 12.93, 44.95],
    ['سيطرت المقاومة على الوهط في لحج', 'الوهط', 'YE', 13.02, 44.87],
    ['تقدم الجيش في مديرية نهم شرق صنعاء', 'نهم', 'YE', 15.53, 44.58],
    ['معارك في لودر بمحافظة أبين', 'لودر', 'YE', 13.88, 45.87],
    ['سيطر مسلحون على مطار كويرس العسكري شرق حلب', 'مطار كويرس العسكري', 'SY', 36.19, 37.58],
    ['قصف على مطار الطبقة العسكري', 'مطار الطبقة العسكري', 'SY', 35.75, 38.57],
    ['اشتباكات في الليثي وبوعطني ببنغازي', 'بوعطني', 'LY', 32.08, 20.14],
    ['غارة إسرائيلية على عيتا الشعب في جنوب لبنان', 'عيتا الشعب', 'LB', 33.1, 35.34],
    ['اقتحم الجيش الإسرائيلي مخيم جنين فجر اليوم', 'مخيم جنين', 'PS', 32.46, 35.29],
    ['سيطرت طالبان على مديرية المار بولاية فارياب', 'المار', 'AF', 35.84, 64.53],
    ['اشتدت المعارك حول الفاشر في شمال دارفور', 'الفاشر', 'SD', 13.63, 25.35],
    ['استهداف بؤر إرهابية بمناطق "التومة" و"الزوارعة" بالشيخ زويد', 'التومة', 'EG', 31.17, 34.13],
    ['استهداف بؤر إرهابية بمناطق "التومة" و"الزوارعة" بالشيخ زويد', 'الزوارعة', 'EG', 31.16, 34.16],
    ['الأهداف حددت حول بلدة حوار في سوريا المقابلة لكيليس', 'حوار', 'SY', 36.62, 37.08],
    ['هجوم على حاجز عسكري في دمنة خدير شرق مدينة تعز', 'دمنة خدير', 'YE', 13.37, 44.25],
    ['غارات لطيران التحالف على وادي دوفس في محافظة أبين', 'وادي دوفس', 'YE', 13.12, 45.33],
    ['اشتباكات في جبهة «عكد» بمحافظة أبين', 'عكد', 'YE', 13.89, 45.8],
    ['احتجاجات سكان مدينة بن قردان على الحدود مع ليبيا', 'بن قردان', 'TN', 33.14, 11.22],
    ['اقفل محتجون الطريق في منطقة الجية الساحلية', 'الجية', 'LB', 33.66, 35.42],
    ['اعتقلت السلطات عشرة متظاهرين في منطقة ماكوانبور', 'ماكوانبور', 'NP', 27.42, 85.03],
    ['انفجرت عبوة في محطة حافلات في غومبيه', 'غومبيه', 'NG', 10.29, 11.17],
    ['قتل خمسة في انفجار بمدينة جومب', 'جومب', 'NG', 10.29, 11.17],
  ])('%s → %s', (text, surface, cc, lat, lon) => {
    expectNear(at(text, surface), cc, lat, lon);
  });

  it('reaches a district after a clitic and in a list (والشيخ عثمان والمعلا بعدن)', () => {
    const text = 'اشتباكات في المنصورة والشيخ عثمان والمعلا بعدن';
    expectNear(at(text, 'الشيخ عثمان'), 'YE', 12.88, 44.99);
    expectNear(at(text, 'المعلا'), 'YE', 12.79, 45.0);
  });

  it('names that are common words count after a trigger noun', () => {
    expectNear(at('سقطت قذائف على محافظة الحرث في جازان', 'الحرث'), 'SA', 16.8, 43.15);
    expectNear(at('سقطت قذائف على منطقة الطوال في جازان', 'الطوال'), 'SA', 16.52, 42.95);
    expectNear(at('اشتباكات في حي الدورة جنوب بغداد', 'الدورة'), 'IQ', 33.25, 44.4);
    expectNear(at('سيطرت القوات على بلدة البغدادي غرب الأنبار', 'البغدادي'), 'IQ', 33.92, 42.54);
  });

  it('a name that is also a given name counts before the quarter of its own country (مروة بشمال الكاميرون)', () => {
    expectNear(at('قتل عشرة أشخاص في هجوم في مروة بشمال الكاميرون', 'مروة'), 'CM', 10.59, 14.32);
    expectNear(at('وقع هجوم في مروة بشمال شرقي الكاميرون', 'مروة'), 'CM', 10.59, 14.32);
    // Another country's quarter, or a comma between, is no cue: مروة stays a given name.
    expect(at('قالت مروة بشمال العراق إن الوضع هادئ', 'مروة')).toBeUndefined();
    expect(at('قالت مروة، بشمال الكاميرون، إن الوضع هادئ', 'مروة')).toBeUndefined();
  });
});

describe('English district and front names', () => {
  const place = (text: string, surface: string) => findPlaces(text).find((m) => m.surface === surface)?.place;

  it.each([
    ['Two soldiers were killed in Taji, north of Baghdad.', 'Taji', 'IQ'],
    ['Rebels overran Kuweires Air Base east of Aleppo.', 'Kuweires Air Base', 'SY'],
    ['US missiles struck the Shayrat airbase in Homs province.', 'Shayrat', 'SY'],
    ['Clashes erupted in Ganfouda, west of Benghazi.', 'Ganfouda', 'LY'],
    ['Houthi fighters attacked positions in Nehm district.', 'Nehm district', 'YE'],
    ['Israeli troops raided the Jenin camp overnight.', 'Jenin camp', 'PS'],
    ['The Taliban captured Almar district in Faryab province.', 'Almar district', 'AF'],
    ['Drones hit Hmeimim, Russia’s base in Latakia.', 'Hmeimim', 'SY'],
  ])('%s', (text, surface, cc) => {
    expect(place(text, surface)?.country).toBe(cc);
  });

  it('al-Baghdadi the man is not the town without a trigger', () => {
    expect(findPlaces('Abu Bakr al-Baghdadi called for attacks.').map((m) => m.place.name)).toEqual([]);
  });
});

describe('same-name places split by context', () => {
  it('الحمدانية is the Aleppo district in Syrian news and Qaraqosh near Mosul', () => {
    expect(at('اشتباكات في الحمدانية جنوب غرب حلب', 'الحمدانية')?.place.country).toBe('SY');
    expect(at('دخلت القوات العراقية قضاء الحمدانية شرق الموصل', 'قضاء الحمدانية')?.place.country).toBe('IQ');
  });

  it('سيستان وبلوشستان is the Iranian province, بلوشستان alone Pakistan’s', () => {
    expect(at('هجوم في محافظة سيستان وبلوشستان الإيرانية', 'سيستان وبلوشستان')?.place.country).toBe('IR');
    expect(at('اشتباكات في إقليم بلوشستان الباكستاني', 'إقليم بلوشستان')?.place.country).toBe('PK');
  });
});

describe('names that are also words stay words', () => {
  it.each([
    ['يحرص المزارعون على الحرث قبل موسم الأمطار', 'الحرث "ploughing"'],
    ['وقف اللاعبون الطوال في الصف الأول', 'الطوال "the tall ones"'],
    ['قال إن الكرامة الإنسانية فوق كل اعتبار', 'الكرامة "dignity"'],
    ['أغلق الرجل الباب خلفه وخرج', 'الباب "the door"'],
    ['انطلقت الدورة الحالية لمجلس الأمن', 'الدورة "the session"'],
    ['قال إن جوهر القضية هو الأمن', 'جوهر "essence"'],
    ['أكد البيت الأبيض أن الرئيس سيزور المنطقة', 'الأبيض "white"'],
    ['أعلن زعيم التنظيم أبو بكر البغدادي', 'البغدادي the man'],
    ['قال المار بالقرب من الموقع إنه سمع انفجارا', 'المار "the passer-by"'],
    ['أجريت له عملية بعد التدخل الجراحي', 'الجراحي "surgical"'],
    ['أغلقت طرق مؤدية إلى الحدود', 'مؤدية "leading"'],
    ['قال الشيخ عثمان الخميس في محاضرته', 'الشيخ عثمان a preacher'],
    ['دمت بخير يا صديقي', 'دمت "may you remain"'],
    ['وطالبوا بفتح حوار جدي وعاجل مع الحكومة', 'حوار "dialogue"'],
  ])('%s (%s)', (text) => {
    expect(findPlaces(text).filter((m) => m.place.kind !== 'country')).toEqual([]);
  });

  it('المهدية alone stays Tunisia’s Mahdia (the Sheikh Zuweid village is left out)', () => {
    expect(at('في مدينة المهدية التونسية', 'المهدية')?.place.country).toBe('TN');
  });
  it.each([['قال إن الحوار حوار بين الطرفين', 'حوار "dialogue"']])('%s (%s)', (text) => {
    expect(findPlaces(text).filter((m) => m.place.kind !== 'country')).toEqual([]);
  });
});

describe('Ben Gurion Airport', () => {
  it('is the Israeli airport in Arabic and English, not an Iranian town called بن', () => {
    expectNear(at('أطلق الحوثيون صاروخا على مطار بن غوريون في تل أبيب.', 'مطار بن غوريون'), 'IL', 32.01, 34.89);
    expectNear(
      at("The Houthis fired a missile at Israel's Ben Gurion airport.", 'Ben Gurion airport'),
      'IL',
      32.01,
      34.89,
    );
    expect(findPlaces('أطلق الحوثيون صاروخا على مطار بن غوريون.').map((m) => m.place.country)).not.toContain('IR');
  });
});
