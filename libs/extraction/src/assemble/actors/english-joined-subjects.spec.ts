// "A and the B signed": of two subjects joined by "and", the first leads the pair (english-joined-subjects.ts:
// firstOfJoinedSubjects); a comma list keeps its nearest member.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('firstOfJoinedSubjects', () => {
  it('the first of two joined subjects is the actor', () => {
    expect(actorsOf('Egypt and the African Union signed an accord in Addis Ababa on Monday.', 'AGREE')).toEqual([
      'Egypt',
    ]);
  });

  it('a title between "and" and the second subject does not hide the first', () => {
    expect(
      actorsOf('Foreign Minister Sergei Lavrov and UN envoy Geir Pedersen signed a memorandum in Geneva.', 'AGREE'),
    ).toEqual(['Sergei Lavrov']);
  });

  it('an object before "and announced that" is no joined subject', () => {
    expect(
      actorsOf(
        'German Defence Minister Boris Pistorius met Zelenskiy and announced that Germany would deliver two more Patriot systems.',
        'AID',
      ),
    ).toEqual(['Germany']);
  });

  it('a comma list is not read as a pair', () => {
    expect(
      actorsOf('Egypt, Jordan and the African Union signed an accord in Addis Ababa on Monday.', 'AGREE'),
    ).not.toEqual(['Egypt']);
  });
});
