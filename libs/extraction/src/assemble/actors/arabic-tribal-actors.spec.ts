// Tribes that fight as armed sides (Libya's Tebu and Tuareg) are actors of the dictionary.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic tribal actors', () => {
  // Either side of a clash is its actor.
  it('names a tribe as a side of a clash', () => {
    const [actor] = actorsOf('اندلعت اشتباكات عنيفة بين التبو والطوارق في مدينة سبها الليبية.', 'ASSAULT');
    expect(['Tebu', 'Tuareg']).toContain(actor);
  });

  it('reads the tribe behind "قبيلة"', () => {
    const [actor] = actorsOf('اندلعت اشتباكات عنيفة بين قبيلة الطوارق وقبيلة التبو في مدينة أوباري.', 'ASSAULT');
    expect(['Tebu', 'Tuareg']).toContain(actor);
  });
});
