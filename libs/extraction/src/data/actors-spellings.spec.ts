// Common spellings of curated names: البشمركة (without the ي) is the Peshmerga.
import { findActors } from '../actors';

describe('curated spellings', () => {
  it('reads قوات البشمركة as the Peshmerga', () => {
    const ids = findActors('إن قوات البشمركة قصفت بشكل مركز معاقل تنظيم داعش', { language: 'ar' }).map(
      (m) => m.actor.id,
    );
    expect(ids).toContain('group:peshmerga');
  });
});
