// "في المحافظة" set as the happening's location points back at the place named before; a later name is not the scene.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const retreatPlaces = (body: string) =>
  all
    .explain({ id: 't', body, language: 'ar' })
    .filter((e) => e.event.type === 'RETREAT')
    .map((e) => e.event.location?.name ?? null);

describe('a bare place noun pointing back', () => {
  it('keeps the province named before over a name told after it', () => {
    const body =
      'سيطرت القوات على مدينة تعز أمس. وأضافت المصادر أن المتمردين فروا من مواقعهم في المحافظة التي تسعى القوات إلى استعادتها لتأمين عدن.';
    expect(retreatPlaces(body)).toEqual(['Taiz']);
  });

  it('does not hide a place named as the setting itself', () => {
    const body = 'سيطرت القوات على مدينة تعز أمس. وأضافت المصادر أن المتمردين فروا من مواقعهم في عدن.';
    expect(retreatPlaces(body)).toEqual(['Aden']);
  });
});
