// A border area told as the one facing a town across the line is set by that town, not by the whole country.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-25T10:00:00Z');

describe('a border area facing a town', () => {
  it('takes the town the area faces over the country it lies in', () => {
    const places = placesOf(
      'وقامت ثلاث مقاتلات من سلاح الجو التركي بقصف 3 مواقع للجهاديين في المنطقة الحدودية في سوريا المقابلة لمدينة كيليس.',
      'ASSAULT',
    );
    expect(places).toContain('Kilis');
    expect(places).not.toContain('Syria');
  });
  it('keeps the country when the foreign town is only named, not faced', () => {
    const places = placesOf(
      'وقصفت المقاتلات مواقع للجهاديين في سوريا بعد يوم من هجوم على مركز حدودي في مدينة كيليس.',
      'ASSAULT',
    );
    expect(places[0]).toBe('Syria');
  });
});
