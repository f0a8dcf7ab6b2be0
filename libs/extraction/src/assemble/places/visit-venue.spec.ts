// Talks an article reports without a place, after a visitor's arrival in one city, were held in that city.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const meetings = (body: string) => rules.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'CONSULT');

describe('arrival city', () => {
  it('holds placeless talks in the city the visitor arrived in', () => {
    const body =
      'RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan arrived in Tehran on Saturday, the first visit to ' +
      'Iran by a Saudi foreign minister in years.\n\nPrince Faisal held talks with his Iranian counterpart Hossein ' +
      'Amir-Abdollahian on bilateral relations, the Saudi Press Agency reported.';
    const talks = meetings(body).find((e) => e.evidence.text.includes('held talks'));
    expect(talks?.location?.name).toBe('Tehran');
  });

  it('leaves talks with a place of their own where they are', () => {
    const body =
      'The Saudi foreign minister arrived in Tehran on Saturday for a two-day visit.\n\nOn Sunday he held talks ' +
      'with his Iranian counterpart in Mashhad, the ministry said.';
    const talks = meetings(body).find((e) => e.evidence.text.includes('held talks'));
    expect(talks?.location?.name).toBe('Mashhad');
  });
});
