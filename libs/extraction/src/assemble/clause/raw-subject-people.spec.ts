// Groups of people as the plain subject of an appeal or a protest: a victim's kin ("ودعا والد الرهينة الكرواتي")
// and trades that sit in or strike ("اعتصم العشرات من الأطباء"); والد is read whole, not as و + الد.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-08T10:00:00Z');

describe('Arabic people subjects', () => {
  it("reads a hostage's father, with his whole phrase, as the subject of an appeal", () => {
    expect(actorsOf('ودعا والد الرهينة الكرواتي السلطات الفرنسية إلى التعاون مع مصر.', 'REQUEST')).toEqual([
      'والد الرهينة الكرواتي',
    ]);
  });

  it('reads doctors after a quantifier as the subject of a sit-in', () => {
    expect(
      actorsOf('اعتصم العشرات من الأطباء والممرضين العاملين في المستشفى العسكري بمدينة الحديدة.', 'PROTEST'),
    ).toEqual(['الأطباء']);
  });
});
