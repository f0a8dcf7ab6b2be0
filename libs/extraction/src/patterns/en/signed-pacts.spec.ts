// "signed an agreement / a protocol / the document": the thing signed makes the signing a pact
// (cooperative.patterns.ts), sure enough to pass the threshold that a bare "signed" (an order, a law) does not.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor();
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'en', publishedAt: '2025-04-22T10:00:00Z' }).map((e) => e.type);

describe('pacts signed', () => {
  it.each([
    'Separately, Japan and the United States signed a framework agreement on Tuesday to secure supplies of critical minerals.',
    'The government and the transport unions signed an agreement on Tuesday under which the state will cover the costs.',
    'Deputy prime ministers Mher Grigoryan of Armenia and Shahin Mustafayev of Azerbaijan signed the document in Tbilisi after a day of talks.',
  ])('reads %s as AGREE', (text) => {
    expect(typesOf(text)).toContain('AGREE');
  });
  it('leaves a bare "signed" of an order below the threshold', () => {
    expect(typesOf('Trump signed an executive order on tariffs.')).not.toContain('AGREE');
  });
});
