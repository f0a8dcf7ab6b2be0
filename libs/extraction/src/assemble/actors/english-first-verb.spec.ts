// A verb coordinated by "and" or "but" takes the plain subject phrase that opens its clause.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English coordinated verbs', () => {
  it('gives a verb after "but" the subject phrase of the first verb', () => {
    expect(
      actorOf(
        'Rights groups welcomed the move but urged President Kais Saied to free all political detainees.',
        'REQUEST',
      ),
    ).toBe('Rights groups');
    expect(actorOf('Union leaders welcomed the deal but demanded the release of detained workers.', 'REQUEST')).toBe(
      'Union leaders',
    );
  });
  it('gives a verb after "said ... and" the speaker the actor dictionary does not know', () => {
    expect(
      actorOf("The campaign's organisers said the offer was not enough and called for fresh elections.", 'REQUEST'),
    ).toBe("campaign's organisers");
  });
  it("does not read the first verb's object as the subject", () => {
    expect(
      actorOf('Rights groups welcomed the move but urged the government to free all detainees.', 'REQUEST'),
    ).not.toBe('the move');
  });
});
