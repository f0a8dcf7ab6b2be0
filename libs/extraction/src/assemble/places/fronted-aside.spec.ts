// A place in an aside fronted before the main clause ("وفيما …، قصفت", "بينما …،", "وبهدف …،") is not the scene of the
// main clause's act when that act names a place of its own after its trigger (fronted-aside.ts, choose-location.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function placesOf(body: string, type: string): (string | null)[] {
  return all
    .explain({ id: 't', body, language: 'ar' })
    .filter((e) => e.event.type === type)
    .map((e) => e.event.location?.name ?? null);
}

describe('fronted aside before the main clause', () => {
  it('places a strike told after a "meanwhile" aside at the town the strike names', () => {
    const body =
      'وفيما قتل 12 مسلحا في بيجي، كشف مصدر عسكري امس عن قصف طائرات التحالف الدولي لأربعة مخازن كبيرة للأسلحة ' +
      'والذخائر تابعة للتنظيم في شمال الموصل.';
    expect(placesOf(body, 'ASSAULT')).toContain('Mosul');
    expect(placesOf(body, 'ASSAULT')).toContain('Baiji');
  });

  it('places an attack launched to relieve a besieged town where it was launched, not at that town', () => {
    const body =
      'وبهدف تخفيف الحصار عن الزبداني، شن مقاتلو المعارضة أمس هجوما واسعا على مواقع قوات الجيش والميليشيات ' +
      'الموالية له في محيط بلدة النبك.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['An Nabk']);
  });

  it('reads "في حين" as an aside opener', () => {
    const body = 'في حين تظاهر المئات في حمص، قصفت الطائرات الحربية أحياء في مدينة إدلب.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Idlib']);
  });

  it('keeps the aside place when the main act names no place of its own', () => {
    const body = 'وفيما تواصلت المعارك في بيجي، شنت طائرات التحالف غارات على مواقع التنظيم.';
    expect(placesOf(body, 'ASSAULT')).toContain('Baiji');
  });

  it('keeps a fronted setting that opens no aside ("وفي الموصل،")', () => {
    const body = 'وفي الموصل، قصفت طائرات التحالف مخازن أسلحة للتنظيم.';
    expect(placesOf(body, 'ASSAULT')).toEqual(['Mosul']);
  });
});
