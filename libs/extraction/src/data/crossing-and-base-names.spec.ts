// Places the news names that the gazetteer lacked: the Halat Ammar border sector of Tabuk (places.saudi.ts) and
// Cairo West Air Base, told as "القاعدة الجوية غرب القاهرة", some 30 km from Cairo itself (places.mena.ts).
import { placeName, fieldsOf } from '../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-08-07T10:00:00Z');

describe('border crossings and air bases of the Saudi and Egyptian news', () => {
  it('reads the Halat Ammar border sector', () => {
    const body =
      'قبضت دوريات حرس الحدود بقطاع حالة عمار على شخص متجه من الأراضي الاردنية إلى الأراضي السعودية بطريقة غير مشروعة.';
    expect(placesOf(body, 'COERCE')).toEqual(['Halat Ammar']);
  });
  it('reads the air base west of Cairo as the base, not the capital', () => {
    const body =
      'أعلنت السفارة الأمريكية بالقاهرة أن الولايات المتحدة ستسلم مصر ثماني طائرات إلى القاعدة الجوية غرب القاهرة اليوم.';
    expect(placesOf(body, 'AID')).toEqual(['Cairo West Air Base']);
  });
});
