// A province or country a border or adjacency phrase names lies next to the scene, not around it.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const arPlaces = fieldsOf(placeName, 'ar', '2015-07-24T10:00:00Z');
const enPlaces = fieldsOf(placeName, 'en', '2015-07-24T10:00:00Z');

describe('neighbour places', () => {
  it('does not put a strike at the province its area borders', () => {
    const places = arPlaces(
      'قتل خمسة مدنيين في انفجار عبوة في مدينة بعقوبة أمس. وقالت المصادر إن طائرات التحالف قصفت رتلا للمسلحين في منطقة الزاوية الحدودية مع محافظة كركوك.',
      'ASSAULT',
    );
    expect(places).not.toContain('Kirkuk Governorate');
  });
  it('keeps the province that borders the named country', () => {
    const places = arPlaces('شنت الطائرات غارات على مواقع المسلحين في محافظة حجة الحدودية مع السعودية.', 'ASSAULT');
    expect(places).not.toContain('Saudi Arabia');
    expect(places.length).toBeGreaterThan(0);
  });
  it('does not put a strike at the province next to the area', () => {
    const places = arPlaces(
      'قتل ثلاثة جنود في هجوم على مدينة تكريت أمس. وقصفت الطائرات مواقع في القرى المجاورة لمحافظة كركوك.',
      'ASSAULT',
    );
    expect(places).not.toContain('Kirkuk Governorate');
  });
  it('keeps a neighbouring town: it is as near as the scene', () => {
    expect(arPlaces('انفجرت عبوة ناسفة في قرية صغيرة مجاورة لمدينة بعقوبة وقتلت شخصين.', 'ASSAULT')).toContain(
      'Baqubah',
    );
  });
  it('reads English "bordering"', () => {
    const places = enPlaces(
      'A bomb killed five people in Baqubah on Sunday. Jets later struck a convoy in an area bordering Kirkuk province.',
      'ASSAULT',
    );
    expect(places).not.toContain('Kirkuk Governorate');
  });
});
