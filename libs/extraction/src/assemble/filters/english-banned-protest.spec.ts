// Protest nouns a ban is about are no protest; the ban stays.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) => rules.extract({ id: 't', body, language: 'en' }).map((e) => e.type);

describe('English banned protests', () => {
  it('reads a ban on protests as the ban alone', () => {
    const types = typesOf('The government has banned all demonstrations in Abidjan ahead of the election.');
    expect(types).toContain('COERCE');
    expect(types).not.toContain('PROTEST');
    expect(typesOf('The governor announced a four-day ban on all rallies in the city.')).not.toContain('PROTEST');
    expect(typesOf('Protests have been effectively banned in Egypt since 2013.')).not.toContain('PROTEST');
  });
  it('keeps protests against a ban', () => {
    expect(typesOf('Thousands of protesters marched in Abidjan against the ban on Saturday.')).toContain('PROTEST');
  });
});
