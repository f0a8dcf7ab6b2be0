// A town named right after a province of its own country but lying far outside it is a namesake placed elsewhere:
// the province stays the scene (far-namesake.ts, choose-location.ts).
import { draftPlaces } from './placed-events.fixture';

describe('a far namesake after a province', () => {
  it('keeps the province the text named', () => {
    const text = 'وقصفت المدفعية السعودية أمس مواقع داخل عمق محافظة صعدة اليمنية، خاصة مواقع الطلح ومران.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).toEqual(['Saada Governorate']);
  });
  it('takes a town that lies inside the province', () => {
    const text = 'وقصفت طائرات التحالف أمس مواقع للحوثيين في محافظة صعدة، في مدينة صعدة.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).not.toContain('Saada Governorate');
  });
  it('takes a town of a vast province far from its centre that shares its GeoNames province code', () => {
    // al-Harariyat lies 180 km from the point of Anbar, yet in Anbar (the province of its nearest GeoNames places).
    const text =
      'أفاد مصدر أمني في محافظة الأنبار بأن عناصر من داعش هاجموا مقر الفوج الثالث في منطقة الحراريات التابعة لقضاء الكرمة.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).toEqual(['al-Harariyat (Karma)']);
  });
});

describe('a namesake in another country before the region that places it', () => {
  it('takes the region the text named over a town the gazetteer placed in another country', () => {
    const text = 'Soldiers killed at least 30 civilians in Merawi, a town in the Amhara region of Ethiopia, on Monday.';
    expect(draftPlaces(text, 'en', 'ASSAULT')).toEqual(['Amhara']);
  });
  it('keeps a town followed by a region of its own country', () => {
    const text = "Gunmen killed five people in Jalalabad in Afghanistan's Nangarhar province on Monday.";
    expect(draftPlaces(text, 'en', 'ASSAULT')).toEqual(['Jalalabad']);
  });
});
