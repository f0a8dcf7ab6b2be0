// A region written in apposition to a town ("near Chala, in the Arequipa region") yields to the town.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, type: string) =>
  all.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.location?.name ?? null;

describe('English town, in the REGION region', () => {
  it('places a happening after the pair in the town, not the region named nearer', () => {
    expect(
      placeOf(
        'Farmers had blocked a road near Chala, in the Arequipa region, until police detained 30 of them.',
        'COERCE',
      ),
    ).toBe('Chala');
  });
  it("reads the pair without a comma and with the country's possessive before the region", () => {
    expect(
      placeOf(
        "Gunmen burst into a bar in the city of Celaya in Mexico's Guanajuato state and opened fire on customers.",
        'ASSAULT',
      ),
    ).toBe('Celaya');
    expect(placeOf('Gunmen burst into a bar in Celaya in Guanajuato state and opened fire.', 'ASSAULT')).toBe('Celaya');
  });
  it('keeps the region when no town stands right before it', () => {
    expect(placeOf('Police detained 30 farmers in the Arequipa region on Monday.', 'COERCE')).toBe('Arequipa');
  });
});
