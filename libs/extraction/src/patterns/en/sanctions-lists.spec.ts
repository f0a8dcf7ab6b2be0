// Names added to a sanctions list (wire-verbal.patterns.ts): the verb is the sanction, its subject the sanctioner,
// however many names stand between the verb and the list.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const phrasesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}:${m.spec.phrase}`);
};
const rules = new RuleExtractor();
const sanctionersOf = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'en', publishedAt: '2025-04-22T10:00:00Z' })
    .filter((e) => e.type === 'SANCTION')
    .map((e) => e.actor?.name);

describe('names added to a sanctions list', () => {
  it('reads the list verb as SANCTION with its subject as the sanctioner', () => {
    expect(
      sanctionersOf(
        'Separately, the European Union added six Iranian entities and four individuals to its sanctions list on Monday.',
      ),
    ).toEqual(['European Union']);
    expect(phrasesOf('The U.S. Treasury placed three Houthi officials on its sanctions list.')).toContain(
      'SANCTION:placed ~~ on ~ sanctions list',
    );
  });
  it('leaves other lists alone', () => {
    expect(phrasesOf('Police added two roads to the list of closures.')).toEqual([]);
  });
});
