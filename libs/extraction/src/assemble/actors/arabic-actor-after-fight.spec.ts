// A fight named after بعد with no doer of its own was fought by the armed subject that opens the clause
// (arabic-actor-after-fight.ts), not by the nearest name before it.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic fights after بعد', () => {
  it('the clause opening subject fought the battles it won', () => {
    const body = 'انتزعت المقاومة الشعبية آخر مواقع ميليشيات الحوثيين في مدينة تعز، بعد معارك عنيفة استمرت يومين.';
    const actors = actorsOf(body, 'ASSAULT');
    expect(actors).toContain('Popular Resistance');
    expect(actors).not.toContain('Houthis');
  });

  it('a subject that is not armed is left to the nearest name', () => {
    const body = 'وأعلنت الحكومة اليمنية استعادة مواقع ميليشيات الحوثيين في مدينة تعز، بعد معارك عنيفة استمرت يومين.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Yemen government');
  });
});
