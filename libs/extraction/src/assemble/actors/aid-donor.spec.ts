// Who gave the aid (aid-donor.ts): the owner of the ship, plane or convoy that carries it ("سفينة تابعة لبرنامج
// الغذاء العالمي"), not the official announcing its arrival, nor a donor named in the next sentence.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-22T10:00:00Z');

describe('Arabic aid carried by a donor-owned carrier', () => {
  it('the owner of the ship named after the aid gave it, not the governor announcing it', () => {
    const body =
      'الى ذلك، أعلن محافظ عدن، نايف البكري، امس، وصول أول سفينة مساعدات تابعة للأمم المتحدة إلى مرفأ عدن منذ أربعة أشهر.';
    expect(actorsOf(body, 'AID')).toEqual(['United Nations']);
  });

  it('the owner of the ship named before the aid gave it, not the donor of the next sentence', () => {
    const body =
      'كما رست في ميناء الزيت في عدن سفينة تابعة لبرنامج الغذاء العالمي تحمل 4700 طن من المساعدات. ' +
      'وينتظر أن تصل باخرة إماراتية تحمل آلاف الأطنان من المساعدات المقدمة من الهلال الأحمر الإماراتي.';
    expect(actorsOf(body, 'AID')[0]).toBe('World Food Programme');
  });

  it('a place belonging to a side is where the aid went, not who gave it', () => {
    const body = 'ووزعت منظمة الصحة العالمية مساعدات طبية في مناطق تابعة للحكومة اليمنية في تعز.';
    expect(actorsOf(body, 'AID')).not.toContain('Yemeni government');
  });
});
