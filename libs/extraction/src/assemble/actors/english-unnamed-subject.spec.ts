// An English subject read from the text that names nobody (a pronoun, a phrase opening on "that" or "when") is no
// actor (unnamedTextSubject in attach-actor.ts): no actor is better than "He" or "that soldiers".
import { DEFAULT_RESOURCES } from '../../extractor/rule-extractor';
import { assembleEvents } from '../assemble-events';

const actors = (text: string) =>
  assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES).map((d) => d.actor?.name ?? null);

describe('subjects that name nobody', () => {
  it('drops a bare pronoun read as a name', () => {
    const read = actors(
      'He called the attack "cynical" and appealed to allies to speed up deliveries of air defences.',
    );
    expect(read.length).toBeGreaterThan(0);
    expect(read).not.toContain('He');
  });
  it('keeps a plain-text subject that names someone', () => {
    expect(actors('Opposition leader Raila Odinga condemned the killings on Monday.')).toContain('Raila Odinga');
  });
});
