// A reaction noun's "from" phrase names who reacted, not the doer of the act reacted to.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English reaction sources', () => {
  it('gives "drew condemnation from X" the actor X', () => {
    expect(
      actorOf(
        'The arrest of a Lebanese journalist by military intelligence drew condemnation from press freedom groups on Friday.',
        'ACCUSE',
      ),
    ).toBe('press freedom groups');
    expect(actorOf('Iran executed a man on Sunday, drawing condemnation from Amnesty International.', 'ACCUSE')).toBe(
      'Amnesty International',
    );
  });
});
