// The name before "-backed", "-aligned", "-allied" only qualifies the noun after it: "Rwanda-backed M23" are M23's,
// "Sudan's army-backed government" is the government, not the army (find-actors.ts).
import { findActors } from './find-actors';

const ids = (text: string) => findActors(text, { language: 'en' }).map((m) => m.actor.id);

describe('names before "-backed" compounds', () => {
  it('are not mentions of the backer', () => {
    expect(ids("Sudan's army-backed government reopened the crossing.")).toEqual([]);
    const m23 = ids('The Rwanda-backed M23 rebels seized Goma.');
    expect(m23).toContain('group:m23');
    expect(m23).not.toContain('state:RW');
  });
  it('still let a bare army later in the story be the forces of its country', () => {
    const text =
      "PORT SUDAN, Sudan (AFP) - Sudan's army-backed government kept the crossing open. Later the army struck RSF positions.";
    expect(ids(text)).toContain('mil:SD');
  });
  it('leave "-led" compounds and plain names alone', () => {
    expect(ids('Hamas-led militants crossed the fence.')).toContain('group:hamas');
    expect(ids("Sudan's army struck RSF positions.")).toContain('mil:SD');
  });
});
