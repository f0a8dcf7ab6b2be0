// An English spokesman named after his body reports its physical acts; his own statements stay his
// (spokesman-body.ts, englishSpokesmanBody).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('an English spokesman of a named body', () => {
  it('credits an arrest he reports to his police', () => {
    expect(
      actorsOf('Kenyan police spokesman Muchiri Nyaga said 20 people were arrested in Nairobi.', 'COERCE'),
    ).toEqual(['Kenya police']);
  });
  it('keeps his own denial his', () => {
    expect(actorsOf('Kenyan police spokesman Muchiri Nyaga denied the reports.', 'REJECT')).toEqual(['Muchiri Nyaga']);
  });
});
