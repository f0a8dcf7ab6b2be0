// Compensation granted by a named giver is read from its verb (wire-verbal.patterns.ts), so that the giver is the
// concession's actor; the bare noun "compensation" names no one.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');

describe('English compensation granted', () => {
  it.each([
    [
      'The labour ministry also announced Tk 10 lakh in compensation for the family of the dead worker.',
      'labour ministry',
    ],
    [
      'Prime Minister Abdul Hamid Dbeibah said the state would compensate families whose homes had been damaged.',
      'Abdul Hamid Dbeibah',
    ],
  ])('reads the giver in %j as the actor of the concession', (text, actor) => {
    expect(actorsOf(text, 'CONCEDE')).toEqual([actor]);
  });
  it('reads "reversing a ban" as a concession', () => {
    expect(actorsOf('The government said on Thursday it was reversing the ban.', 'CONCEDE')).toHaveLength(1);
  });
});
