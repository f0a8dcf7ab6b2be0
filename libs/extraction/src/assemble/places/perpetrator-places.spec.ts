// The scene of an earlier attack named in a perpetrator's description is not where the reported arrest happened.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-24T10:00:00Z');

describe('places inside a perpetrator description', () => {
  it('does not put the arrest at the earlier attack', () => {
    const places = placesOf(
      'اعتقلت الشرطة الليبية أمس شقيق منفذ الهجوم على فندق كبير في مدينة بنغازي الشهر الماضي.',
      'COERCE',
    );
    expect(places).not.toContain('Benghazi');
  });
  it('keeps the place of the attack itself', () => {
    expect(placesOf('قتل منفذ الهجوم ثلاثة حراس في مدينة بنغازي أمس.', 'ASSAULT')).toContain('Benghazi');
  });
});
