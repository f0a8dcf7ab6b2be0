// A capital standing as the subject of its clause names the state, not the scene (capital-subject.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';
import { capitalOf } from '../../gazetteer/gazetteer-store';
import { tokenize } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { isCapitalSubject } from './capital-subject';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'en' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? e.location?.country ?? null);

describe('capital as the subject of its clause', () => {
  it('is not where the troops were sent', () => {
    expect(placesOf('Kigali has sent 300 more soldiers to the province this week.', 'MOBILIZE')).toEqual([null]);
  });

  it('stays the scene when a form of "to be" follows ("Kyiv has been hit")', () => {
    const tokens = tokenize('Kyiv has been hit repeatedly. Kyiv has sent envoys.');
    const kyiv = capitalOf('UA')!;
    const span = (first: number): Span<PlaceLike> => ({
      first,
      end: first + 1,
      start: 0,
      stop: 0,
      surface: 'Kyiv',
      value: kyiv,
    });
    expect(isCapitalSubject(tokens, span(0), 0, 0)).toBe(false);
    expect(isCapitalSubject(tokens, span(5), 5, 5)).toBe(true);
  });

  it('stays the scene after a preposition', () => {
    expect(placesOf('Police arrested 12 protesters in Nairobi on Monday.', 'COERCE')).toContain('Nairobi');
  });
});
