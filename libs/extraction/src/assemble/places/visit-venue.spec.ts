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

describe('the place a visit noun takes as its object', () => {
  const arMeetings = (body: string) =>
    rules
      .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-27T10:00:00Z' })
      .filter((e) => e.type === 'CONSULT');

  it('holds an Arabic visit to a country in its capital, not in a city the sentence names later', () => {
    const body =
      'في وقت أعلن الرئيس الأميركي باراك أوباما أول من أمس، خلال زيارته كينيا أن قوة حركة الشباب تراجعت، قتل أمس ستة على الأقل في هجوم على فندق في مقديشو.';
    const visit = arMeetings(body).find((e) => e.evidence.text.includes('زيارته'));
    expect(visit?.location?.name).toBe('Nairobi');
  });
});
