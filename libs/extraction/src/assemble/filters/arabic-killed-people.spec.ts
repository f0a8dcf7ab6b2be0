// An Arabic killing verb with a people object reports a killing without a toll; a bare death word does not.
import { fieldsOf, placeName } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-25T10:00:00Z');

describe('killing verbs with a people object', () => {
  it('keeps "قتلت المدنيين" in a named town without a toll', () => {
    expect(placesOf('وقال شهود إن الميليشيا قتلت المدنيين في مدينة تعز أمس.', 'ASSAULT')).toContain('Taiz');
  });
  it('keeps the object past a manner adverb', () => {
    expect(placesOf('وقال الأهالي إن المسلحين قتلوا عمداً مواطنين في مدينة تعز.', 'ASSAULT').length).toBeGreaterThan(0);
  });
  it('keeps a killing noun in construct with a people word', () => {
    expect(placesOf('وقال المصدر إن ذلك أسفر عن تدمير مقر في مدينة تعز ومقتل العناصر بداخله.', 'ASSAULT')).toContain(
      'Taiz',
    );
  });
  it('still drops a killing verb with no people object and no toll', () => {
    expect(placesOf('وقال المتحدث إن الحرب قتلت الأمل في مدينة تعز.', 'ASSAULT')).toHaveLength(0);
  });
});
