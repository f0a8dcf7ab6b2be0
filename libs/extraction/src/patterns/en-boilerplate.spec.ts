// English phrases that look like triggers but report nothing: reduced passives, newsroom boilerplate, named
// tactics and figures of speech; and wire phrasing that must still fire.
import { tokenize } from '../text/tokenize';
import { backgroundCue } from './background-cues';
import { triggerIndex } from './lexicon';
import { matchTriggers } from './match-triggers';

const types = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const cueAt = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.surface === word);
  return backgroundCue(tokens, at, { first: 0, end: tokens.length }, 0, 2025);
};

describe('English non-events', () => {
  it('does not read a reduced passive "accused of" as an accusation', () => {
    expect(types('Guards held three men accused of smuggling fuel.')).not.toContain('ACCUSE');
    expect(types('The ministry accused the rebels of smuggling fuel.')).toContain('ACCUSE');
  });
  it('ignores a request for comment, riot as a figure or a unit, and hit-and-run as a tactic', () => {
    expect(types('The embassy did not respond to a request for comment.')).not.toContain('REQUEST');
    expect(types('The square was a riot of colour and music.')).not.toContain('PROTEST');
    expect(types('Cells in the hills rely on hit-and-run tactics.')).toEqual([]);
  });
  it('reads a cumulative toll "since <month year>" far after the verb as background', () => {
    expect(
      cueAt('Hundreds have been killed in the valley by soldiers and armed settlers since March 2021.', 'killed'),
    ).toBe('past:since march');
  });
});

describe('English coverage', () => {
  it.each([
    ['The two governments signed five memoranda of understanding on energy.', 'AGREE'],
    ['The committee said it had handed over 12 fighters through a separate channel.', 'RETREAT'],
  ])('%s → %s', (text, type) => expect(types(text)).toContain(type));
});
