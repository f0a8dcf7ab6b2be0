import { tokenize } from '../../text/tokenize';
import { RuleExtractor } from '../../extractor/rule-extractor';
import { bodiesFigure } from './english-bodies';

const figure = (text: string) => {
  const tokens = tokenize(text);
  return bodiesFigure(tokens, 0, tokens.length);
};

describe('English sentences that count bodies', () => {
  it.each([
    ['One resident said he saw at least seven bodies in the street.', 7],
    ['It said 12 bodies had been found, several bearing signs of torture.', 12],
    ['Police said the bodies of 23 victims had been recovered.', 23],
  ])('reads %j as %d dead', (text, n) => {
    expect(figure(text)).toBe(n);
  });

  it.each([
    'Another 18 bodies were recovered overnight, the agency said.',
    'Rescuers said five more bodies had been pulled from the rubble.',
    'A doctor said at least 10 bodies had been brought in since Wednesday.',
    'Residents said dozens of bodies lay in the streets.',
  ])('reads no toll in %j', (text) => {
    expect(figure(text)).toBeNull();
  });
});

describe('a bodies sentence counts the attack of the sentence before', () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  const killed = (body: string) =>
    ex
      .extract({ id: 'b', body, language: 'en' })
      .filter((e) => e.type === 'ASSAULT')
      .map((e) => e.killed);

  it('fills the attack that gave no toll', () => {
    const body =
      'Gunmen stormed the village of Kuriga in Kaduna state on Sunday and opened fire on worshippers, residents said.\n\n' +
      'One resident said he saw at least seven bodies in the street.';
    expect(killed(body)).toContain(7);
  });

  it('adds nothing when the bodies restate a toll already told', () => {
    const body =
      'A military air strike on a village in the central Sagaing region killed at least 21 people, residents said on Wednesday.\n\n' +
      "A fighter jet dropped two bombs on Let Pan Hla village in Sagaing's Depayin township late on Tuesday, a resident said by phone. " +
      'He said 21 bodies had been recovered and about 30 people were wounded.';
    expect(killed(body).filter((k) => k === 21)).toHaveLength(1);
  });
});
