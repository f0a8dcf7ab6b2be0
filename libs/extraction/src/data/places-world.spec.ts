// World cities under their Arabic news spellings (places.world.ts): found in place of the country fallback, and the
// spellings that are also common words only with a place cue.
import { findPlaces } from '../gazetteer';

const names = (text: string) => findPlaces(text).map((m) => m.place.name);

describe('world cities under Arabic news spellings', () => {
  it.each([
    ['اجتمع الوزراء في زيوريخ أمس.', 'Zurich'],
    ['وقعت الاتفاقية في جاكرتا يوم الأحد.', 'Jakarta'],
    ['أصيب متظاهران برصاص الشرطة في بوجمبورا مساء أمس.', 'Bujumbura'],
    ['أعلنت الحكومة في كانبيرا إرسال طائرات.', 'Canberra'],
    ['قتل جنديان في هجوم على قاعدة في غاو شمال مالي.', 'Gao'],
    ['ألقت قوات الأمن التركية القبض على 17 شخصا في عمليات دهم بمدينة مانيسا غربي البلاد.', 'Manisa'],
    ['قتل 13 شخصا في قرية مالاري القريبة من كودونغا في ولاية بورنو.', 'Konduga'],
  ])('finds the city in %s', (text, city) => {
    expect(names(text)).toContain(city);
  });
  it('reads بيني as a word without a place cue and as Beni with one', () => {
    expect(names('قال إن الخلاف بيني وبين الوزير قديم.')).not.toContain('Beni');
    expect(names('قتل عشرة مدنيين في هجوم على مدينة بيني شرق الكونغو.')).toContain('Beni');
  });
});

describe('English names GeoNames keeps only among alternates', () => {
  it.each([
    ['Police raided three addresses in Antwerp on Tuesday.', 'Antwerp'],
    ['Thousands marched in Cologne against the far right.', 'Cologne'],
    ['The Security Council met in New York on Friday.', 'New York'],
    ['A blast hit a market in Grozny on Sunday.', 'Grozny'],
    ['Monsoon floods cut roads around Bombay.', 'Mumbai'],
    ['A drone struck a car near Sulaimaniyah.', 'Sulaymaniyah'],
  ])('finds the city in %j', (text, city) => {
    expect(names(text)).toContain(city);
  });
  it('keeps the GeoNames Arabic name of a city curated with an English name only', () => {
    expect(findPlaces('Police raided three addresses in Antwerp.')[0].place.nameAr).toBeTruthy();
  });
});

describe('district and town spellings of conflict news (places.districts.ts, places.world.ts)', () => {
  it.each([
    ['سيطر مسلحو القبائل على موقعي «القرنين والصباحة» بمديرية «الجدعان» بعد معارك عنيفة.', 'al-Jadaan (Marib)'],
    // Without تركيا in the text the skeleton reading of GeoNames' Persian spelling (دغو بایزید) is not tried.
    ['وقع الهجوم بجرار مفخخ صباح الأحد قرب مدينة دوغوبيازيت (شرق) ردا على مجزرة في شمال العراق.', 'Dogubayazit'],
  ])('finds the place in %s', (text, place) => {
    expect(names(text)).toContain(place);
  });
  it('reads الجدعان as a name without a place cue', () => {
    expect(names('وقال محمد الجدعان إن الوزارة ستعلن النتائج.')).not.toContain('al-Jadaan (Marib)');
  });
});

describe('cities whose news spelling GeoNames gives a US namesake (places.world.ts)', () => {
  it.each([
    ['وأشار رئيس الوزراء البريطاني في خطاب ألقاه في برمنغهام إلى خطر التطرف.', 'Birmingham', 'GB'],
    ['أعلنت جامعة برمنجهام البريطانية أنها تمتلك مخطوطا قديما.', 'Birmingham', 'GB'],
    ['ولدت في أثينا، واسمها الأصلي أرياديني، وانتقلت إلى الولايات المتحدة.', 'Athens', 'GR'],
    ['وأحرز ذهبية الألعاب الأولمبية في أثينا عام 2004 قبل انتقاله إلى نيويورك.', 'Athens', 'GR'],
  ])('reads %s', (text, city, cc) => {
    const found = findPlaces(text).find((m) => m.place.name === city);
    expect(found?.place.country).toBe(cc);
  });
});

describe('العيون: al-Ahsa town in Saudi news, Laayoune in news about Morocco', () => {
  it('is al-Uyun where the text is about al-Ahsa', () => {
    expect(names('احتفل أهالي مدينة العيون بالأحساء بعيد الفطر.')).toContain('al-Uyun (al-Ahsa)');
  });
  it('is Laayoune where the text names no Saudi place', () => {
    expect(names('وصل العاهل المغربي إلى مدينة العيون كبرى مدن الصحراء.')).toContain('Laayoune');
  });
  it('stays "the eyes" without a place noun', () => {
    expect(names('تنتشر أمراض العيون في الصيف بالأحساء.')).toEqual(['Al-Ahsa']);
  });
});
