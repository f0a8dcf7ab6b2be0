import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { tollFigure } from './english-tolls';

const ex = new RuleExtractor({ minConfidence: 0 });
const attacks = (body: string) => ex.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');
const OPENING =
  "NAIROBI (Reuters) - The death toll from Tuesday's protests against proposed tax increases in Kenya climbed to 23 " +
  'on Thursday, the Kenya National Commission on Human Rights said.';

describe('an English toll told before its attack', () => {
  it('reads the figure of a toll that names its happening at length', () => {
    const tokens = tokenize(OPENING);
    expect(tollFigure(tokens, 0, tokens.length)).toBe(23);
  });

  it('gives the opening toll to the next sentence’s attack that tells how the dead died', () => {
    const body = `${OPENING} The commission said most of the dead were shot by police when protesters stormed parliament.`;
    expect(attacks(body).map((a) => a.killed)).toEqual([23]);
  });

  it('gives it to no next attack that does not speak of the dead', () => {
    const body = `${OPENING} Police shot at protesters who stormed parliament in Nairobi.`;
    expect(attacks(body).map((a) => a.killed)).not.toContain(23);
  });
});
