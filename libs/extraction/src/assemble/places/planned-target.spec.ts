// A place told as the target of a plot is not the scene of the arrests or shooting the sentence goes on to tell.
import { placeName, fieldsOf } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-26T10:00:00Z');
const RAID =
  'وقالت وزارة الداخلية إنه أمكن لوحداتها القيام بعملية استباقية بمدينة سجنان من ولاية بنزرت وكانت الخلية تعد لمخطط إرهابي يرمي لاستهداف منشآت حيوية ومناطق أمنية حساسة بجهة بنزرت، ';

describe('the target of a plot', () => {
  it('is not the scene of the shooting told after it', () => {
    const places = placesOf(
      RAID +
        'وقد تمكنت الوحدات من القبض على 13 إرهابيا في حين لاذ أحدهم بالفرار وعند ملاحقته بادر بإطلاق النار تجاههم.',
      'ASSAULT',
    );
    expect(places).toContain('Sejenane');
    expect(places).not.toContain('Bizerte');
  });
  it('stays the place of a strike told by its own targeting word', () => {
    const places = placesOf('شنت الطائرات غارات بهدف استهداف مواقع المسلحين في مدينة درنة.', 'ASSAULT');
    expect(places).toContain('Derna');
  });
});
