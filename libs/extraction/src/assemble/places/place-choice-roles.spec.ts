// Place choice: the agenda of a meeting or deal is not its venue, a lead's province or country yields to the town the
// next sentence names, an expulsion happens where people are held (not where they are sent), and a meeting does not
// inherit the scene of the previous sentence's fighting.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { elaboratedTown } from './elaborated-town';
import type { PlaceLike, Span } from '../assemble.types';
import { isVenueTopic } from './venue-topics';
import { tokenize } from '../../text/tokenize';

const ex = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, language: string, type: string): string | null =>
  ex.extract({ id: 't', body, language, publishedAt: '2015-07-22T10:00:00Z' }).find((e) => e.type === type)?.location
    ?.name ?? null;

describe('venue topics', () => {
  it('a place a meeting discusses is not where it is held', () => {
    expect(
      placeOf('The ministers met on Sunday to discuss the situation in Aleppo at a hotel in Doha.', 'en', 'CONSULT'),
    ).toBe('Doha');
    expect(
      placeOf('The two sides signed a deal on Sunday under which the rebels will leave Homs.', 'en', 'AGREE'),
    ).not.toBe('Homs');
  });

  it('reads topic nouns and prepositions in both languages', () => {
    const en = tokenize('talks about Syria in Geneva');
    const place = (first: number, value: Partial<PlaceLike> = {}): Span<PlaceLike> =>
      ({ first, end: first + 1, start: 0, stop: 0, surface: '', value }) as Span<PlaceLike>;
    expect(isVenueTopic(en, place(2), 0, 1)).toBe(true);
    expect(isVenueTopic(en, place(4), 0, 1)).toBe(false);
    const ar = tokenize('بحث الوزيران الأوضاع في ليبيا');
    expect(isVenueTopic(ar, place(4), 0, 1)).toBe(true);
  });
});

describe('elaborated town', () => {
  it('a lead placed in a province takes the town the next sentence names inside it', () => {
    const body =
      'An air strike on a village in Idlib province killed nine people on Monday, rescuers said. ' +
      'The jets hit a crowded market in the town of Saraqib shortly before noon.';
    expect(placeOf(body, 'en', 'ASSAULT')).toBe('Saraqib');
  });

  it('leaves a town two sentences away, or outside the province, alone', () => {
    const area = {
      first: 0,
      end: 1,
      start: 0,
      stop: 5,
      surface: 'Idlib',
      value: { kind: 'admin1', country: 'SY', lat: 35.9, lon: 36.6 },
    };
    const town = (first: number, stop: number, lat: number) => ({
      first,
      end: first + 1,
      start: stop - 4,
      stop,
      surface: 'X',
      value: { kind: 'town', country: 'SY', lat, lon: 36.6 },
    });
    const text = 'Fighting in Idlib. Calm. Saraqib shelled. Homs too.';
    const places = [area, town(6, 31, 35.86), town(8, 45, 34.7)] as Span<PlaceLike>[];
    expect(elaboratedTown(text, places, area as Span<PlaceLike>, 1, 17)).toBeNull();
  });
});

describe('destinations and meetings', () => {
  it('a deportation happens where the deporting state holds people, not where they are sent', () => {
    expect(placeOf('Police in Paris deported twelve men to Algiers on Monday.', 'en', 'COERCE')).toBe('Paris');
    expect(placeOf('BERLIN — Germany deported 30 men to Kabul on Tuesday.', 'en', 'COERCE')).not.toBe('Kabul');
  });

  it('a meeting reported after a battle does not take the battle’s place', () => {
    const body = 'قصفت قوات النظام أمس مدينة درعا بالبراميل المتفجرة. وعقب ذلك بحث وزير الخارجية مع نظيره سبل التعاون.';
    expect(placeOf(body, 'ar', 'CONSULT')).not.toBe('Daraa');
  });
});
