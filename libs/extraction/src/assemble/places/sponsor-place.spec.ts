// The country a force is loyal to or backed by is no scene of its fighting (sponsor-place.ts).
import { draftPlaces } from './placed-events.fixture';

describe('sponsor places', () => {
  it('does not set a clash where the loyal-to country is named', () => {
    const text =
      'قتل ثلاثة مدنيين وجندي أوكراني أمس بعد تجدد المعارك في شرق أوكرانيا، حيث يخوض مقاتلون موالون لروسيا تمردا ضد السلطات.';
    expect(draftPlaces(text, 'ar', 'ASSAULT')).not.toContain('Russia');
  });
  it('sets a shelling in the town it hit, not in the country that backs the shelling force', () => {
    const places = draftPlaces('قتل خمسة مدنيين في تعز في قصف شنته الميليشيات المدعومة من إيران', 'ar', 'ASSAULT');
    expect(places).toContain('Taiz');
    expect(places).not.toContain('Iran');
  });
});

describe('loyalists in a town', () => {
  it('keeps the town the loyal forces are in as the scene', () => {
    expect(draftPlaces('قتل عشرة مسلحين في هجوم شنته القوات الموالية في عدن', 'ar', 'ASSAULT')).toContain('Aden');
  });
});
