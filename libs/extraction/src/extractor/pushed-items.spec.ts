// One-sentence items, as the API's push path and wire flashes deliver them, scored by the bundled confidence model
// at its default threshold: the model is fitted on lead variants too (eval/lead-variants.ts), so a plain report is
// not held back for lacking the article-wide signals (other events, other actors) that a one-liner cannot have.
import { RuleExtractor } from './rule-extractor';

const extractor = new RuleExtractor();
const extract = (body: string, language: string, title?: string) =>
  extractor.extract({ id: 'flash', body, language, title, publishedAt: '2015-07-21T08:00:00Z' });

describe('one-sentence pushed items at the default threshold', () => {
  it('emits an Arabic toll told in one sentence, with or without a title', () => {
    const body = 'قتل 7 مسلحين في محافظة ديالى خلال عملية أمنية.';
    for (const title of [undefined, 'مقتل 7 مسلحين في ديالى']) {
      const events = extract(body, 'ar', title);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'ASSAULT', killed: 7, location: { name: 'Diyala', country: 'IQ' } });
    }
  });

  it('emits an English attack told in one sentence', () => {
    const events = extract(
      'Gunmen killed seven soldiers in an attack on a checkpoint in Diyala province on Tuesday, police said.',
      'en',
    );
    expect(events.map((e) => [e.type, e.killed, e.location?.country])).toEqual([['ASSAULT', 7, 'IQ']]);
  });
});
