// A denial verb earlier in the clause negates the trigger ("denied that troops had shelled the town"); a passive
// "were denied passage" is a refusal suffered and negates nothing (context-cues.ts).
import { tokenize } from '../text/tokenize';
import { negationCue } from './context-cues';

const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  if (at < 0) throw new Error(`${word} not in text`);
  return negationCue(tokens, at, 0);
};

describe('English denial cues', () => {
  it('reads a denial made as negating the act', () => {
    expect(cueAt('The army denied that its troops had shelled the town.', 'shelled')).toBe('denied');
  });

  it('leaves a passive "were denied passage" alone', () => {
    expect(cueAt('Drivers said they were denied passage and one truck was confiscated.', 'confiscated')).toBeNull();
  });
});
