// The closing link line repeats the headline: its mention is the lead happening, not a second one at its place.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-22T10:00:00Z');

describe('link line mentions', () => {
  it('fold into the lead happening rather than stand at the headline place', () => {
    const places = placesOf(
      'قتل عشرة من المسلحين في اشتباكات مع الجيش في قرية نائية قرب مدينة الرمادي أمس.\nرابط الخبر بصحيفة الوئام: مقتل 10 مسلحين باشتباكات غربي بغداد',
      'ASSAULT',
    );
    expect(places).toEqual(['Ramadi']);
  });
  it('sharpen a lead placed in a province to the town inside it the headline names', () => {
    const places = placesOf(
      'قصفت المليشيات مخازن الوقود في محافظة تعز أمس.\nرابط الخبر بصحيفة الوئام: المليشيات تقصف مخازن الوقود في مدينة تعز',
      'ASSAULT',
    );
    expect(places).toEqual(['Taiz']);
  });
  it('stand alone when the article tells no happening of their type', () => {
    const places = placesOf(
      'أعلنت وزارة التعليم خطة جديدة للمدارس.\nرابط الخبر بصحيفة الوئام: مقتل خمسة في انفجار سيارة مفخخة في بغداد',
      'ASSAULT',
    );
    expect(places).toContain('Baghdad');
  });
});
