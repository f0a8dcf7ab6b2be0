// "in the capital" of a story filed from its own country's capital is that city; elsewhere it is left unread.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, type: string) =>
  all.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.location?.name ?? null;

describe('English "the capital" of a capital dateline', () => {
  it('places the happening in the dateline city as a place of its own clause', () => {
    const body = 'KATHMANDU (Reuters) - Nepal police detained 40 protesters in the capital on Monday, officials said.';
    const arrest = all.explain({ id: 't', body, language: 'en' }).find((e) => e.event.type === 'COERCE');
    expect(arrest?.event.location?.name).toBe('Kathmandu');
    // The clause's own place, not the dateline fallback.
    expect(arrest?.explain.placeRule).toBe('nearest in clause');
  });
  it('keeps a capital named right after the word as its own mention', () => {
    expect(
      placeOf(
        'KABUL (Reuters) - Gunmen opened fire on a minibus in the capital Kabul on Monday, killing two, officials said.',
        'ASSAULT',
      ),
    ).toBe('Kabul');
  });
  it('reads "the capital\'s eastern districts" as the dateline city, not a later place of the sentence', () => {
    const body =
      'TRIPOLI, July 14 (Reuters) - Heavy fighting between forces loyal to the government and an armed group shook ' +
      "the capital's eastern districts overnight, killing at least eight people, before a truce brokered by elders " +
      'from the city of Misrata took effect.';
    expect(placeOf(body, 'ASSAULT')).toBe('Tripoli');
  });
  it('leaves "the capital\'s mayor" unread', () => {
    const body =
      "TRIPOLI (Reuters) - The capital's mayor said gunmen had attacked a convoy in Misrata on Monday, killing two.";
    expect(placeOf(body, 'ASSAULT')).toBe('Misrata');
  });
});
