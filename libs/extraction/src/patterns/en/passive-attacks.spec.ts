// English passive attacks with the doer or the weapon after "by" (wire-material.patterns.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');

describe('English passive attacks', () => {
  it('reads an attack by its doer after "by"', () => {
    expect(actorsOf('The bus was attacked by gunmen near the border on Monday.', 'ASSAULT')).toContain('gunmen');
  });

  it.each([
    'A tanker was struck by two projectiles off the coast on Monday night.',
    'The power station was hit by a cruise missile early on Sunday.',
  ])('reads %j as an attack', (text) => {
    expect(actorsOf(text, 'ASSAULT').length).toBeGreaterThan(0);
  });

  it('leaves a hardship "hit by" no attack', () => {
    expect(actorsOf('The province has been hit by funding shortfalls this year.', 'ASSAULT')).toEqual([]);
  });
});
