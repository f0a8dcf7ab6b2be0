// رياض الخبراء, a governorate town of al-Qassim (places.saudi.ts): its first word is no mention of Riyadh.
import { findPlaces } from '../gazetteer';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('Riyadh al-Khabra in al-Qassim', () => {
  it.each([
    'أقام مستشفى محافظة رياض الخبراء حفل معايدة لمنسوبيه.',
    'والواقعة في المنتصف بين محافظتي الرس ورياض الخبراء في منطقة القصيم.',
  ])('reads the town, not Riyadh, in %s', (text) => {
    expect(names(text)).toContain('Riyadh al-Khabra');
    expect(names(text)).not.toContain('Riyadh');
  });
});
