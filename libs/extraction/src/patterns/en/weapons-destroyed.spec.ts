// Fighters destroying their own weapons disarm (RETREAT), they attack nobody (material.patterns.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English weapons destroyed by their own holders', () => {
  it.each([
    'Forty rebels handed over and destroyed their weapons at a ceremony near the lake.',
    'Some 20 fighters burned their weapons in front of reporters on Sunday.',
  ])('reads %j as disarmament, not an attack', (text) => {
    expect(typesOf(text)).toContain('RETREAT');
    expect(typesOf(text)).not.toContain('ASSAULT');
  });

  it('keeps the destruction of homes an attack', () => {
    expect(typesOf('Militiamen destroyed their homes and shops on Sunday.')).toContain('ASSAULT');
  });
});
