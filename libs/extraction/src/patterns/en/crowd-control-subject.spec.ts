// "Riot police fired tear gas at the crowd": a phrase led by a past verb is the clause's predicate, so its subject is
// the force that fired (material.patterns.ts, crowd-control verb entry), as for any verb trigger.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');

describe('English crowd control led by a verb', () => {
  it.each([
    ['Riot police in Cairo fired tear gas and rubber bullets to break up the march.', 'Riot police'],
    ['Army troops fired tear gas at the crowd in Cairo.', 'Army troops'],
  ])('reads the subject of %j as the actor', (text, actor) => {
    expect(actorsOf(text, 'COERCE')).toContain(actor);
  });
});
