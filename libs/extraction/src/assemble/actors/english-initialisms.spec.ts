// Dotted initialisms in wire copy ("U.S. forces", "the U.S. Africa Command", "U.N. envoy") name their actors
// (actors/phrase-match.ts joined: the dot after a one-letter token does not split a name).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English dotted initialisms', () => {
  it('reads "U.S. forces" and "U.S. Africa Command" as American actors', () => {
    expect(
      actorOf('U.S. forces carried out air strikes against Islamic State militants near Bosaso on Monday.', 'ASSAULT'),
    ).toBe('United States military');
    expect(
      actorOf('The U.S. Africa Command said it had conducted an air strike near Jilib on Monday.', 'ASSAULT'),
    ).toBe('U.S. Africa Command');
  });
  it('still ends a sentence at a dot after a longer word', () => {
    expect(actorOf('Gunmen attacked a checkpoint near Jilib. Police said two officers died.', 'ASSAULT')).not.toBe(
      'Somalia police',
    );
  });
});
