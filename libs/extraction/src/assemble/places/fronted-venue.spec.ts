// Aid or a deployment announced after a fronted "In X," goes where the sentence sends it, not to the city the donor
// spoke in (fronted-venue.ts, choose-location.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function placeOf(body: string, type: string): string | null {
  const found = all.explain({ id: 't', body, language: 'en' }).find((e) => e.event.type === type);
  return found?.event.location?.name ?? null;
}

describe('fronted venue of an announced movement', () => {
  it('places aid announced "In Brussels," at the province of the people it is for', () => {
    const body =
      'In Brussels, the European Union announced 15 million euros in humanitarian aid for families displaced by ' +
      'the floods in Sindh.';
    expect(placeOf(body, 'AID')).toBe('Sindh');
  });

  it('places a military aid package pledged "In Paris," for a country in that country', () => {
    const body =
      'In Paris, the defence ministry pledged a new military aid package for Ukraine worth 500 million euros.';
    expect(placeOf(body, 'AID')).toBe('Ukraine');
  });

  it('keeps a fronted place where the movement itself happens', () => {
    const body = 'In Mogadishu, about 300 soldiers from Uganda landed on Monday to reinforce the mission in Somalia.';
    expect(placeOf(body, 'MOBILIZE')).toBe('Mogadishu');
  });

  it('keeps the fronted city when the sentence names no other place', () => {
    const body = 'In Brussels, the European Union announced 15 million euros in humanitarian aid on Monday.';
    expect(placeOf(body, 'AID')).toBe('Brussels');
  });
});
