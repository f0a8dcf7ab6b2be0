// An act noun that names a practice (after مثل, in a list of policies, under a present or past-habitual relative
// clause) is no happening; a relative clause in the perfect still reports one.
import { fieldsOf, placeName } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-08-08T10:00:00Z');

describe('practice nouns', () => {
  it('drops a list of practices under a policy head, described in the present', () => {
    expect(
      placesOf(
        'وأدان المجلس أمس في رام الله استمرار سياسات الاستيطان والاعتقالات والاغتيالات التي تقوم بها إسرائيل في الضفة الغربية.',
        'COERCE',
      ),
    ).toHaveLength(0);
  });
  it('drops an example after مثل and a past habit', () => {
    expect(
      placesOf(
        'وقالت المصادر في نابلس إن الحكومة منعت جهاز الشاباك من اتخاذ إجراءات ضد المتطرفين، مثل الاعتقال الإداري في نابلس.',
        'COERCE',
      ),
    ).toHaveLength(0);
    expect(
      placesOf(
        'وقالت المصادر في نابلس إن الاعتقالات الشكلية التي كانت تنفذها مخابرات الاحتلال في نابلس تنتهي بإغلاق الملفات.',
        'COERCE',
      ),
    ).toHaveLength(0);
  });
  it('keeps arrests a relative clause in the perfect reports', () => {
    expect(
      placesOf('وقالت مصادر إن الاعتقالات التي نفذتها قوات الاحتلال أمس في نابلس طالت عشرة شبان.', 'COERCE'),
    ).toContain('Nablus');
  });
});
