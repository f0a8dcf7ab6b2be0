// An embassy that is the target or site of a happening puts its city on the scene; a speaking embassy does not.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.location?.name ?? null;

describe('English embassies as sites', () => {
  it('places an attack on an embassy and a rally outside one in the embassy city', () => {
    expect(
      placeOf(
        'Two Katyusha rockets were fired at the U.S. embassy in Baghdad late on Sunday, officials said.',
        'ASSAULT',
      ),
    ).toBe('Baghdad');
    expect(
      placeOf('Hundreds of junta supporters rallied outside the French embassy in Niamey on Sunday.', 'PROTEST'),
    ).toBe('Niamey');
  });
  it('leaves the city of an embassy that speaks off the scene', () => {
    expect(placeOf('The US embassy in Baghdad also condemned the strike.', 'ACCUSE')).toBe(null);
  });
});
