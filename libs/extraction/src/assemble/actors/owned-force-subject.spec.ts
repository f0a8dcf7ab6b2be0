// "The Sudanese army said that its aircraft had struck", "Ukraine's air force said its units downed": a side's own
// means of force (aircraft, units, air defences) owned by "its"/"their" is the subject of the verb, and the speaker
// who owns it acted (raw-subject.ts ownedForce, english-owner.ts ownerOfForces); unowned, such a head names nobody.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('a speaker whose own means of force acted', () => {
  it.each([
    ['The Sudanese army said separately that its aircraft had struck RSF vehicles near Mellit.', 'ASSAULT', /Sudan/],
    ["Ukraine's air force said its units shot down 40 of 52 drones over the Kharkiv region.", 'ASSAULT', /Ukrain/],
    [
      'The Russian defence ministry said its air defences had destroyed 121 drones over 10 regions.',
      'ASSAULT',
      /Russia/,
    ],
  ])('%s', (body, type, actor) => {
    expect(actorsOf(body, type).join('|')).toMatch(actor);
  });

  it('reads no bare means of force as the doer', () => {
    expect(actorsOf('Aircraft struck the outskirts of the town on Monday, residents said.', 'ASSAULT')).not.toContain(
      'Aircraft',
    );
  });
});
