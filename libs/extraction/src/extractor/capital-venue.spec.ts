import { RuleExtractor } from './rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const consults = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'en', publishedAt: '2025-05-02T10:00:00Z' })
    .filter((e) => e.type === 'CONSULT');

describe('capital venues', () => {
  it('hosts a visit placed at a whole country in its capital when the article names the capital', () => {
    const [visit] = consults(
      'Obama held talks in Kenya on Friday, officials said. Protesters gathered in Nairobi on Saturday.',
    );
    expect(visit?.location?.name).toBe('Nairobi');
  });
  it('leaves the country when the capital is never named', () => {
    const [visit] = consults('Obama held talks in Kenya on Friday, officials said. He will travel to Ethiopia next.');
    expect(visit?.location?.name).toBe('Kenya');
  });
});
