// Proves the MENA coverage table (provinces and 2015 Yemen/Iraq/Syria/Sinai/Libya fronts resolve to the right
// country and near the right coordinates, province forms vs capital cities, same-name places split by context) and
// the precision rules mined from Arabic news: common words, proclitic collisions and foreign-town homographs.
import { findPlaces, type PlaceMention } from './index';

const at = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text).find((m) => m.surface === surface);

describe('MENA coverage', () => {
  it.each([
    ['صرواح', 'YE', 15.45, 45.02],
    ['سيئون', 'YE', 15.94, 48.79],
    ['الخوخة', 'YE', 13.81, 43.25],
    ['ميدي', 'YE', 16.32, 42.81],
    ['صامطة', 'SA', 16.6, 42.94],
    ['الربوعة', 'SA', 17.55, 43.35],
    ['الكرمة', 'IQ', 33.4, 43.91],
    ['الصقلاوية', 'IQ', 33.4, 43.69],
    ['عامرية الفلوجة', 'IQ', 33.14, 43.89],
    ['جرف الصخر', 'IQ', 32.87, 44.12],
    ['هيت', 'IQ', 33.64, 42.83],
    ['مارع', 'SY', 36.48, 37.2],
    ['الفوعة', 'SY', 35.98, 36.71],
    ['كفريا', 'SY', 35.97, 36.7],
    ['سهل الغاب', 'SY', 35.6, 36.37],
    ['البوكمال', 'SY', 34.45, 40.92],
    ['تلبيسة', 'SY', 34.84, 36.73],
    ['المعضمية', 'SY', 33.46, 36.19],
    ['بئر العبد', 'EG', 31.02, 33.01],
    ['الزنتان', 'LY', 31.93, 12.25],
    ['أجدابيا', 'LY', 30.76, 20.23],
    ['الكفرة', 'LY', 24.18, 23.29],
    ['عرسال', 'LB', 34.18, 36.42],
    ['الضالع', 'YE', 13.7, 44.73],
  ])('%s is in %s near %f,%f', (name, cc, lat, lon) => {
    const m = at(`اشتباكات عنيفة في ${name} أمس`, name);
    expect(m?.place.country).toBe(cc);
    expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.1);
    expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.1);
  });

  it('reads محافظة X as the province and X alone as its capital', () => {
    expect(at('معارك في محافظة تعز', 'محافظة تعز')?.place).toMatchObject({ kind: 'admin1', country: 'YE' });
    expect(at('معارك في تعز', 'تعز')?.place.kind).toBe('city');
    expect(at('أمير منطقة جازان', 'منطقة جازان')?.place).toMatchObject({ kind: 'admin1', country: 'SA' });
    expect(findPlaces('Fighting in Aleppo province').map((m) => m.place.kind)).toEqual(['admin1']);
  });

  it('splits same-name places by context', () => {
    expect(at('سيطرت المقاومة على مدينة البيضاء اليمنية', 'البيضاء')?.place.country).toBe('YE');
    expect(at('قصف في مدينة البيضاء شرق ليبيا', 'البيضاء')?.place.country).toBe('LY');
    expect(at('حملة في أريحا بريف إدلب', 'أريحا')?.place.country).toBe('SY');
    expect(at('اقتحم الاحتلال أريحا في الضفة الغربية', 'أريحا')?.place.country).toBe('PS');
    expect(at('اشتباكات في رفح والشيخ زويد بشمال سيناء', 'رفح')?.place.country).toBe('EG');
    expect(at('غارة على رفح جنوب قطاع غزة', 'رفح')?.place.country).toBe('PS');
  });
});

describe('precision on everyday Arabic', () => {
  it.each([
    ['كان الرجل في البيت وقال إنه سوف يعود', 'كان/سوف/انه are verbs and particles'],
    ['أعلنت لجنة الجامعة الجديدة بيان الحكومة يوم الخميس', 'لجنة, جامعة, الخميس are nouns and days'],
    ['عاصفة الحزم مستمرة حتى تحقيق أهدافها', 'الحزم in the operation name'],
    ['وصل الوفد إلى لبنان', 'لبنان is not ل + بنان'],
    ['اللون الرمادي يناسب الصيف', 'الرمادي is a colour without Iraqi context'],
    ['نقل الخبر في السوق وسط البلاد (الأحد)', 'news, market, country, weekday in brackets'],
    ['ارتفعت السيول في الوادي', 'سيول "floods" is not Seoul'],
    ['في الثالث من آب الماضي', 'آب (August) is not إب'],
    ['قدم درعاً وهدايا وسمّاه على جده لأمه', 'tanween and جده "his grandfather"'],
  ])('%s', (text) => {
    expect(findPlaces(text).filter((m) => m.place.kind !== 'country')).toEqual([]);
  });

  it('still accepts those names with a trigger noun or the right context', () => {
    expect(at('في محافظة ينبع', 'ينبع')?.place.country).toBe('SA');
    expect(at('تقدمت القوات العراقية في الرمادي', 'الرمادي')?.place.country).toBe('IQ');
    expect(at('سيطر الحوثيون على إب', 'إب')?.place.country).toBe('YE');
    expect(at('قصف على حلب والباب', 'الباب')?.place.country).toBe('SY');
  });

  it('does not treat mere adjacency as a list (لمدينة الرياض is not Medina + Riyadh)', () => {
    expect(findPlaces('الطريق الدائري لمدينة الرياض').map((m) => m.place.name)).toEqual(['Riyadh']);
  });
});
