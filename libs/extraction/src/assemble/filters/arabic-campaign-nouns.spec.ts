// "The fight against ISIS" that someone takes part in is a campaign, not a clash; a battle told as happening stays.
import { fieldsOf, placeName } from '../../extractor/fields-of';

const placesOf = fieldsOf(placeName, 'ar', '2015-07-25T10:00:00Z');

describe('campaign fight nouns', () => {
  it('drops the fight against a group that someone takes part in', () => {
    expect(
      placesOf('وصل الوزير إلى أربيل التي أصبحت قواتها من أقوى الشركاء في المعركة ضد تنظيم داعش.', 'ASSAULT'),
    ).toHaveLength(0);
    expect(placesOf('وبحث الرئيسان في أنقرة تعميق تعاونهما في القتال ضد التنظيم المتشدد.', 'ASSAULT')).toHaveLength(0);
    expect(placesOf('وتعد مدينة الرمادي من أهم جبهات المعركة ضد تنظيم داعش.', 'ASSAULT')).toHaveLength(0);
  });
  it('keeps a battle that broke out or went on', () => {
    expect(placesOf('اندلعت معركة عنيفة ضد تنظيم داعش في محيط مدينة الرمادي أمس.', 'ASSAULT')).toContain('Ramadi');
    expect(
      placesOf('ودارت أمس في محيط مدينة الرمادي اشتباكات عنيفة في المعركة مع تنظيم داعش.', 'ASSAULT').length,
    ).toBeGreaterThan(0);
  });
});
