// Merging English statements (and resignations, sanctions): two sentences whose acts have different named doers (a dictionary actor,
// or a plain-text subject written as a name) report two statements; a lower-case subject phrase names nobody and
// still folds into the named speaker's statement.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-05-20T10:00:00Z');

describe('statements of different named speakers stay apart', () => {
  it('keeps a plain-text named group and a dictionary body as two condemners', () => {
    const body =
      'Press freedom groups condemned the ban on the newspaper. The European Union condemned the ban as well.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Press freedom groups', 'European Union']);
  });

  it('still folds a lower-case subject phrase into the named speaker', () => {
    const body =
      'On Sunday, local rights groups condemned the ban on the newspaper. The European Union condemned the ban as well.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['European Union']);
  });

  it('keeps the resignations of two named ministers as two acts', () => {
    const body =
      'Prime Minister J.R. Arvel Tomasz resigned on Monday after days of unrest in the capital. Home Minister Tomas Kell resigned as well, saying he took responsibility for the deaths.';
    expect(actorsOf(body, 'RETREAT')).toHaveLength(2);
  });
});
