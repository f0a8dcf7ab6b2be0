// "talks between A and B", "a meeting in Geneva on Monday between A and B": a meeting, agreement or cooperation
// noun with its parties after "between" is done by the first of them (english-between-parties.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('firstPartyAfterBetween', () => {
  it('the first party after "between" holds the talks a deal followed', () => {
    expect(
      actorsOf('The accord was sealed in Addis Ababa after three days of talks between Egypt and Sudan.', 'CONSULT'),
    ).toEqual(['Egypt']);
  });

  it('a place and a day may stand between the noun and its parties', () => {
    expect(
      actorsOf('The trip came after a meeting in Geneva on Friday between Iran and the European Union.', 'CONSULT'),
    ).toEqual(['Iran']);
  });

  it('cooperation between two states is the first one named', () => {
    expect(actorsOf('Border security is an area of cooperation between Jordan and Iraq.', 'COOPERATE')).toEqual([
      'Jordan',
    ]);
  });

  it('the host of talks between two parties stays the doer of one meeting', () => {
    expect(
      actorsOf('Turkey has hosted two rounds of talks between Ethiopia and Somalia in Ankara.', 'CONSULT'),
    ).toEqual(['Turkey']);
  });

  it('a clause break ends the search for "between"', () => {
    expect(
      actorsOf('The talks ended on Monday; the gap between Egypt and Sudan remained wide.', 'CONSULT'),
    ).not.toContain('Egypt');
  });
});
