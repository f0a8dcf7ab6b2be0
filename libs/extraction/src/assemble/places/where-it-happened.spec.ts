// A place the text names as the scene ("حيث حصلت الغارة") is kept even in an official's title.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-21T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? null);

describe('a place named as where it happened', () => {
  it('keeps the district of a governor when the raid happened there', () => {
    const body =
      'وأكد مسؤول عسكري أميركي في كابل الضربة. وقال محمد رحيم امين حاكم منطقة بركي براك حيث حصلت الغارة، ان ' +
      '"مروحيتين اميركيتين هاجمتا حاجزا للجيش الافغاني وقتل 14 جنديا افغانيا".';
    const places = placesOf(body);
    expect(places.length).toBeGreaterThan(0);
    expect(places).not.toContain('Kabul');
    expect(places).toContain('Baraki Barak');
  });
});
