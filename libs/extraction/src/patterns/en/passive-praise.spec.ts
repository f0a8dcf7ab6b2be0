// The passive of a praise verb names its praiser after "by" ("was welcomed by the Arab League"): a SUPPORT by that
// agent (verbal.patterns.ts); a bare "backed by" stays no praise ("forces backed by Russia").
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2024-03-05T10:00:00Z');

describe('English passive praise', () => {
  it.each([
    ['The agreement was hailed by the Arab League on Monday.', 'Arab League'],
    ['The decision was welcomed by Egypt on Monday.', 'Egypt'],
  ])('reads %j as support by its agent', (text, actor) => {
    expect(actorsOf(text, 'SUPPORT')).toContain(actor);
  });

  it('reads no praise in a progressive passive without its praiser', () => {
    expect(actorsOf('The raids are being backed from across the river, the governor said.', 'SUPPORT')).toEqual([]);
  });

  it('keeps a force backed by a state no praise', () => {
    expect(actorsOf('Militias backed by Iran shelled the town on Monday.', 'SUPPORT')).toEqual([]);
  });
});
