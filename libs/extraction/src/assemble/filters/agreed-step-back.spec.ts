// A withdrawal or concession a party agreed to is declared now (trigger-filters.ts agreedStepBack); one it plans,
// vows or wants stays an intention.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'en', publishedAt: '2025-04-22T10:00:00Z' }).map((e) => e.type);

describe('steps back agreed to', () => {
  it('keeps "agreed to withdraw" as a withdrawal', () => {
    expect(
      typesOf(
        'An ethnic armed group in northern Myanmar has agreed to withdraw from the city of Lashio, which it captured last year.',
      ),
    ).toContain('RETREAT');
  });
  it.each(['The rebels plan to withdraw from the town.', 'The rebels want to withdraw from the town.'])(
    'leaves an intention alone: %s',
    (text) => {
      expect(typesOf(text)).not.toContain('RETREAT');
    },
  );
});
