// "the Zawiya refinery, west of Tripoli": an English compass landmark set off by a comma after a named place locates
// that place and is not the scene; a compass phrase with no place before it stays the scene's own.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string, type: string) =>
  all.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.location?.name ?? null;

describe('English compass landmarks after a named place', () => {
  it('places a sit-in at the refinery town, not the landmark nearer the trigger', () => {
    const body = 'Oil workers at the Zawiya refinery, west of Tripoli, staged a sit-in on Thursday.';
    expect(placeOf(body, 'PROTEST')).toBe('Zawiya');
  });
  it('keeps a compass phrase with no place before it as the scene', () => {
    expect(placeOf('Gunmen attacked a checkpoint north of Baghdad on Friday.', 'ASSAULT')).toBe('Baghdad');
  });
});
