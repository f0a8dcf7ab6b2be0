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

describe('English neighbourhoods of the city just told of', () => {
  const english = (text: string) => findPlaces(text, { language: 'en' }).map((m) => m.place.name);
  const TAIZ = 'Shelling by Houthi rebels on the besieged city of Taiz killed seven civilians. ';
  const CULIACAN = 'Mexico sent 600 additional soldiers to the northwestern city of Culiacan. ';

  it('reads a far namesake town named before "neighbourhood" as the city', () => {
    expect(english(TAIZ + 'The shells landed in the al-Rawdah neighbourhood.')).toEqual(['Taiz', 'Taiz']);
  });

  it('reads a far namesake town named after "neighbourhoods of" as the city', () => {
    const text = CULIACAN + 'Gunmen exchanged fire in the neighbourhoods of Tierra Blanca and Las Quintas.';
    expect(english(text)).toEqual(['Mexico', 'Culiacan', 'Culiacan']);
  });

  it('keeps the town when no neighbourhood noun names it', () => {
    expect(english(CULIACAN + 'Gunmen exchanged fire in the town of Tierra Blanca.')).toContain('Tierra Blanca');
  });
});
