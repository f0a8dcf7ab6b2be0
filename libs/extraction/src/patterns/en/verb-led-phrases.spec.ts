// A trigger phrase led by a past verb ("held joint exercises", "phoned", "staged a sit-in") is its clause's predicate:
// listed with voice 'verb', its subject before it is the actor, as for a one-word verb trigger.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');

describe('English trigger phrases led by a past verb', () => {
  it.each([
    ['MOBILIZE', 'Turkish naval forces held joint exercises with Azerbaijan in the Caspian Sea on Monday.'],
    ['CONSULT', 'The Egyptian foreign minister phoned his Jordanian counterpart on Monday.'],
  ])('reads the subject of the %s phrase in %j as the actor', (type, text) => {
    expect(actorsOf(text, type).filter(Boolean).length).toBeGreaterThan(0);
  });
});
