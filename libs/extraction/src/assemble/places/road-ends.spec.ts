// The towns a blocked road is named for are its ends, not where the blockade stood (road-ends.ts, choose-location.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function placeOf(body: string, type: string): string | null {
  const found = all.explain({ id: 't', body, language: 'en' }).find((e) => e.event.type === type);
  return found?.event.location?.name ?? null;
}

describe('ends of a blocked road', () => {
  it('places a road blocked "near Funtua" there, not at the far end the road is named for', () => {
    const body = 'Near Funtua, hundreds of farmers blocked the Kano-Katsina highway on Monday to protest a killing.';
    expect(placeOf(body, 'PROTEST')).toBe('Funtua');
  });

  it('places a blockade of a named road at the town the sentence gives it, not at its first end', () => {
    const body = 'Traders ended their blockade of the Kano-Katsina highway near Funtua on Monday.';
    expect(placeOf(body, 'COERCE')).toBe('Funtua');
  });

  it('keeps a road end for a happening that is no blockade', () => {
    const body = 'Armed men abducted a trader on the Kano-Katsina highway on Monday, police said.';
    expect(placeOf(body, 'ASSAULT')).toBe('Kano');
  });
});
