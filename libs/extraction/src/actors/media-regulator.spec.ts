// A state's media regulator is a government body: "Mali's media regulator suspended LCI" is the Malian government
// censoring, and "the communications regulator" written bare belongs to the country the article is about.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('a media regulator', () => {
  it('names the government of the country before it', () => {
    expect(ids("Mali's media regulator suspended the French channel LCI for three months.")).toContain('gov:ML');
  });

  it('written bare, belongs to the country of the dateline', () => {
    expect(ids('BAMAKO (Reuters) - The communications regulator suspended the broadcaster for two weeks.')).toContain(
      'gov:ML',
    );
  });
});
