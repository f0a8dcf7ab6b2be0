// Proves the Yemeni round-up fronts of places.fronts.ts: the Marib, Lahj, al-Dhale, Taiz–Lahj and Aden–Abyan places
// that war round-ups name resolve near their real coordinates (Mas lies ~30 km from Marib city, al-Rahida ~40 km
// from Taiz, Mokha ~80 km), while names that are also words (المخدرة "narcotic", العلم "the flag") stay words
// without a trigger noun, and ماس ("short circuit", a tourism centre) is a place only as منطقة ماس or معسكر ماس.
import { findPlaces, type PlaceMention } from './index';

const at = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text).find((m) => m.surface === surface);

describe('Yemeni round-up fronts', () => {
  it.each([
    ['دارت اشتباكات عنيفة أمس في منطقة ماس، شمال المحافظة', 'منطقة ماس', 15.62, 45.12],
    ['غارات استهدفت مخزن أسلحة بمعسكر ماس', 'معسكر ماس', 15.62, 45.12],
    ['كما وقعت اشتباكات مماثلة في منطقة المخدرة، شمال غرب مأرب', 'المخدرة', 15.51, 45.2],
    ['غارات على مواقع الحوثيين في جبهة الجفينة جنوب مأرب', 'الجفينة', 15.43, 45.31],
    ['سيطرت المقاومة على معسكر لبوزة في لحج', 'لبوزة', 13.13, 44.86],
    ['اشتباكات في منطقة الراهدة جنوب شرق تعز', 'الراهدة', 13.29, 44.3],
    ['قصف الحوثيون مدينة مريس في الضالع', 'مريس', 13.93, 44.71],
    ['استهدف القصف موقعا للحوثيين بمنطقة سناح', 'سناح', 13.77, 44.73],
    ['مواجهات عنيفة احتدمت في منطقة العلم بساحل أبين', 'العلم', 12.87, 45.15],
    ['الخط العام الذي يربط بين مدينة المخاء، غرب تعز، ومحافظة الحديدة', 'المخاء', 13.32, 43.25],
  ])('%s → %s', (text, surface, lat, lon) => {
    const m = at(text, surface);
    expect(m?.place.country).toBe('YE');
    expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.05);
    expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.05);
  });

  it.each([
    ['ضبطت الجمارك كمية من المواد المخدرة', 'المخدرة'],
    ['اندلع الحريق بسبب ماس كهربائي', 'ماس'],
    ['من خلال «مركز ماس» التابع لهيئة السياحة', 'ماس'],
    ['رفع العلم اليمني فوق المبنى', 'العلم'],
  ])('%s: %s stays a word', (text, surface) => {
    expect(at(text, surface)).toBeUndefined();
  });

  it('keeps al-Alam of Salahuddin in an Iraqi text', () => {
    expect(at('اشتباكات في ناحية العلم شرق تكريت', 'العلم')?.place.country).toBe('IQ');
  });
});

describe('Daraa and Idlib round-up villages', () => {
  it.each([
    ['نفذ الطيران الحربي 3 غارات على مناطق في بلدة اليادودة', 'اليادودة', 32.68, 36.05],
    ['تدور اشتباكات في محيط بلدة عتمان، وسط قصف جوي', 'عتمان', 32.67, 36.1],
    ['قصف الطيران المروحي أماكن في بلدة خراب الشحم وأماكن أخرى في منطقة غرز قرب مدينة درعا', 'غرز', 32.59, 36.12],
    ['سقط صاروخ على منطقة في مخيم درعا في مدينة درعا', 'مخيم درعا', 32.61, 36.1],
    ['قصف بالبراميل المتفجرة على مناطق في بلدة الكرك الشرقي بريف درعا', 'الكرك الشرقي', 32.69, 36.35],
    ['قتل خمسة مقاتلين من الفرقة 30 في قرية قاح الحدودية مع تركيا', 'قرية قاح', 36.2, 36.66],
  ])('%s → %s', (text, surface, lat, lon) => {
    const m = at(text, surface);
    expect(m?.place.country).toBe('SY');
    expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.05);
    expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.05);
  });

  it('reads no village in لقاح "vaccine"', () => {
    expect(findPlaces('يجب أخذ لقاح الإنفلونزا الموسمية').map((m) => m.place.country)).not.toContain('SY');
  });
});
