// A ", but" / "، ولكن" after the trigger opens a contrasting statement whose places are not the trigger's
// (contrast-clause.ts).
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-24T10:00:00Z');

describe('places beyond a contrast', () => {
  it('a place after ", ولكن" is the contrasting statement’s; the dateline stays the fallback', () => {
    const body =
      'رويترز- الصخيرات (المغرب): وقّع يوم الأحد بعض الجماعات الليبية المتحاربة على اتفاقٍ مبدئي برعاية الأمم المتحدة لتشكيل حكومة وحدة وإنهاء القتال، ولكن طرفاً رئيساً من برلمان موازٍ في العاصمة طرابلس لم يشارك.';
    expect(placesOf(body, 'AGREE')).toEqual(['Skhirat']);
  });
});
