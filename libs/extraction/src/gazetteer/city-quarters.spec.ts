// A name the text places in a part of "the city" is a quarter of the city just told of, not a far namesake town.
import { findPlaces } from './find-places';

const places = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => `${m.place.name}/${m.place.country}`);
const LEAD = 'وشن التحالف غارات على مواقع المتمردين الحوثيين في اليمن وفي عدن. ';

describe('quarters of the city just told of', () => {
  it('reads a far namesake town placed in a part of the city as the city', () => {
    expect(places(LEAD + 'وادى القصف الى انفجارات في الرباط عند المدخل الشمالي للمدينة.')).toEqual([
      'Yemen/YE',
      'Aden/YE',
      'Aden/YE',
    ]);
    expect(places(LEAD + 'ووقعت انفجارات في الرباط جنوب المدينة.')[2]).toBe('Aden/YE');
  });
  it('keeps the town when nothing places it in the city', () => {
    expect(places(LEAD + 'ووقعت انفجارات في الرباط أمس.')[2]).toBe('Marbat/YE');
  });
});
