// A person an Arabic arrest verb names with his age was arrested (the unvocalized verb is a passive), not the one
// who made the arrest (arabic-age-apposition.ts, read by actor-roles.ts isVictim).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-22T10:00:00Z');

describe('Arabic arrests of a person given with his age', () => {
  it('does not make the arrested man the actor', () => {
    const body =
      'قالت الشرطة البريطانية إنها تحقق في القضية. واعتقل جنيد أحمد خان، وعمره 24 عاما، من لوتون بوسط إنجلترا الأسبوع الماضي.';
    expect(actorsOf(body, 'COERCE').join('|')).not.toContain('أحمد خان');
  });

  it('reads "البالغ من العمر" the same way', () => {
    const body = 'واعتقل جنيد أحمد خان البالغ من العمر 24 عاما في مدينة لوتون الأسبوع الماضي.';
    expect(actorsOf(body, 'COERCE').join('|')).not.toContain('أحمد خان');
  });
});
