// A name glossed by its initialism in brackets right before the verb ("The Indonesian Legal Aid Foundation (YLBHI)
// condemned") is the text subject (raw-subject.ts glossedName): the brackets do not cut the subject off its verb.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('English text subjects glossed by an initialism', () => {
  it.each([
    ['The Indonesian Legal Aid Foundation (YLBHI) condemned the arrests.', 'ACCUSE', 'Indonesian Legal Aid Foundation'],
    ['The Nigeria Bar Association (NBA) strongly condemned the killings.', 'ACCUSE', 'Nigeria Bar Association'],
    [
      'The Independent Electoral Commission (IEC) rejected the complaint on Monday.',
      'REJECT',
      'Independent Electoral Commission',
    ],
  ])('%s', (body, type, actor) => {
    expect(actorsOf(body, type)).toContain(actor);
  });

  it('does not read a bracketed initialism after a lower-case word as a gloss', () => {
    expect(actorsOf('Police detained members of a banned group (HT) on Monday.', 'COERCE')).not.toContain('group');
  });
});
