// A happening named again as the subject of "came as/after" takes no place from the other happening it is timed
// against ("The attack came as the envoy met the junta leader in Naypyitaw").
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { isTimedAgainst } from './off-scene-places';

const ex = new RuleExtractor({ minConfidence: 0 });

describe('isTimedAgainst', () => {
  it('reads "came as" and "came a day after" after the trigger', () => {
    const tokens = tokenize('The attack came as the envoy met the general in Naypyitaw.');
    expect(isTimedAgainst(tokens, 2)).toBe(true);
    expect(isTimedAgainst(tokenize('The strike came a day after talks in Kabul.'), 2)).toBe(true);
    expect(isTimedAgainst(tokenize('The attack on the base came under fire.'), 2)).toBe(false);
  });

  it('does not place the repeated attack where the time clause meeting was', () => {
    const body =
      'MONYWA, Myanmar (Reuters) - A junta air strike on a monastery near Monywa killed 21 civilians on Wednesday, ' +
      'residents said.\n\nThe attack came as the special envoy met junta leader Min Aung Hlaing in Naypyitaw on Thursday.';
    const places = ex
      .extract({ id: 't', language: 'en', body })
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => e.location?.name);
    expect(places).not.toContain('Naypyidaw');
  });
});
