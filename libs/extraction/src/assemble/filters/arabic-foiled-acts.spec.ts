// An Arabic attack named as the object of foiling it, and its instrument, did not happen; an attack that did stays.
import { fieldsOf, placeName } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-25T10:00:00Z');

describe('foiled acts', () => {
  it('drops attacks foiled past count and attempt words, with their instrument', () => {
    expect(placesOf('وتمكنت الشرطة من إحباط عدد من عمليات التفجير بعبوات ناسفة في مدينة تعز.', 'ASSAULT')).toHaveLength(
      0,
    );
    expect(placesOf('وأعلن الجيش إفشال محاولات هجوم على مدينة تعز.', 'ASSAULT')).toHaveLength(0);
  });
  it('keeps an attack that was carried out', () => {
    expect(placesOf('وقال الجيش إن المسلحين شنوا هجوما على مدينة تعز أمس.', 'ASSAULT').length).toBeGreaterThan(0);
  });
});
