// A text subject whose head names the force or its weapon ("Airstrikes killed", "Rockets hit") is the act, not the
// doer (raw-subject.ts, EN_FORCE_HEADS): after a dateline such a word is no longer sentence-initial and looked like a
// name.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('English text subjects that name the force used', () => {
  it('a weapon noun after a dateline is not the actor', () => {
    const body = 'ALEPPO, Syria — Rockets killed four civilians in the old city on Monday, rescuers said.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Rockets');
  });

  it('a doer after a dateline still is', () => {
    const body = 'ALEPPO, Syria — Masked gunmen killed four soldiers in the old city on Monday, rescuers said.';
    expect(actorsOf(body, 'ASSAULT')).toContain('gunmen');
  });

  it('reads attackers, kidnappers and bandits as doers', () => {
    const body = 'The attackers stormed the school in Kebbi around 4 a.m., exchanging gunfire with the guards.';
    expect(actorsOf(body, 'ASSAULT')).toContain('attackers');
  });
});
