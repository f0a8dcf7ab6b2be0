// A passive English expulsion takes as its doer the government body announcing it in the same sentence.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });
const expulsion = (body: string) =>
  all.explain({ id: 't', body, language: 'en' }).find((e) => e.event.type === 'SANCTION');

describe('English passive expulsions', () => {
  it('reads the announcing ministry as the expelling government', () => {
    const e = expulsion(
      'KYIV (Reuters) - The Ukrainian foreign ministry said the diplomat had been given 72 hours to leave the country.',
    );
    expect(e?.event.actor?.name).toBe('Ukraine government');
    expect(e?.explain.actorRule).toBe('body announcing the expulsion');
  });
});
