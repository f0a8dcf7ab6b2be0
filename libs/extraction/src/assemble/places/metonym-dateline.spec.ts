// A dateline city that also names its government ("BAGHDAD (Reuters) -") is kept as the dateline (map-spans.ts) and is
// the fallback scene of a material event only when the story is about that city (attach-place.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

function placeRule(body: string, type: string): { place: string | null; rule: string | null } {
  const found = all.explain({ id: 't', body, language: 'en' }).find((e) => e.event.type === type);
  return { place: found?.event.location?.name ?? null, rule: found?.explain.placeRule ?? null };
}

describe('metonym datelines', () => {
  const lead = 'Riot police detained dozens of students overnight, the interior ministry said.';
  const later = 'Thousands had marched in Tehran on Sunday against the new fuel prices.';

  it('places a placeless arrest at a capital dateline the story names as a scene', () => {
    expect(placeRule(`TEHRAN (Reuters) - ${lead} ${later}`, 'COERCE')).toEqual({
      place: 'Tehran',
      rule: 'dateline fallback',
    });
  });

  it('does not when the story never names the city in its body', () => {
    const body = `TEHRAN (Reuters) - ${lead} Iranian officials blamed foreign media for the unrest.`;
    expect(placeRule(body, 'COERCE').rule).not.toBe('dateline fallback');
  });

  // A joint dateline's city is the story's when the body names it again as a place (english-dateline.ts, storyCity).
  it('takes the bureau of a joint dateline that the story names as a scene', () => {
    const body = `TEHRAN/BAGHDAD (Reuters) - ${lead} ${later}`;
    expect(placeRule(body, 'COERCE')).toEqual({ place: 'Tehran', rule: 'dateline fallback' });
  });

  it('takes neither bureau of a joint dateline when the body names neither city', () => {
    const body = `TEHRAN/BAGHDAD (Reuters) - ${lead} Iranian officials blamed foreign media for the unrest.`;
    expect(placeRule(body, 'COERCE').rule).not.toBe('dateline fallback');
  });

  it('does not place a meeting of that government at its capital by the dateline alone', () => {
    const body = `TEHRAN (Reuters) - Iran's foreign minister held talks with his Omani counterpart on Monday. ${later}`;
    expect(placeRule(body, 'CONSULT').rule).not.toBe('dateline fallback');
  });
});
