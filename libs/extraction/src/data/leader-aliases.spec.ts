// Proves the transliteration variants of leaders' names in the actor dictionary (actors.curated.ts): wire services
// spell Zelensky, Zelenskiy and Zelenskyy, Sisi and Sissi, and a bare surname is the same person.
import { findActors } from '../actors';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('leader name variants', () => {
  it.each([
    'Zelenskiy called on allies to send more air defence systems.',
    'Zelenskyy urged European leaders to impose new sanctions.',
    'President Volodymyr Zelensky said the attack showed Moscow did not want peace.',
  ])('%s', (text) => {
    expect(ids(text)).toContain('person:volodymyr zelensky');
  });

  it('reads Sissi as Sisi', () => {
    expect(ids('Sissi called on the international community to act.')).toContain('person:abdel fattah el sisi');
  });
});
