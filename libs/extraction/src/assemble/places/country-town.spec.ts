// A happening placed in a country by its clause takes the town of that country a later clause of its sentence names.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-22T10:00:00Z');
const LEAD = 'قتل 18 شخصا في قصف على حي شعبي في مدينة حلب أمس. ';

describe('a country sharpened to a town of a later clause', () => {
  it('takes the town a circumstantial clause names', () => {
    const places = placesOf(
      LEAD + 'وقالت الوزارة إن قياديا في التنظيم قتل في ضربة جوية في سوريا بينما كان يتنقل في سيارة قرب بلدة سرمدا.',
      'ASSAULT',
    );
    expect(places).toContain('Sarmada');
    expect(places).not.toContain('Syria');
  });
  it('keeps the country when the later town lies in another country', () => {
    const places = placesOf(
      LEAD + 'وقالت الوزارة إن قياديا في التنظيم قتل في ضربة جوية في سوريا بينما كان مساعده يقيم في مدينة الموصل.',
      'ASSAULT',
    );
    // The Syrian strike stays at country level (and folds into the Aleppo happening): never at Mosul.
    expect(places).not.toContain('Mosul');
  });
});
