// "a Turkish delegation", "Egyptian mediators", "Qatari negotiators", "Iranian diplomats": those who negotiate for
// a state, after its gentilic, are the state's government (ENGLISH_INSTITUTIONS in institution-words.data.ts); two
// gentilics joined by "and" are led by the first (match-actor-at.ts: pairedGentilicInstitution).
import { actorName, fieldsOf } from '../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');

describe('state representatives after a gentilic', () => {
  it.each([
    ['Jordanian mediators held talks with a rebel delegation in Amman on Monday.', 'Jordan government'],
    ['A Turkish delegation met Iraqi officials in Baghdad on Sunday.', 'Turkey government'],
    ['Qatari negotiators met the two parties in Doha on Tuesday.', 'Qatar government'],
    ['Iranian diplomats met European officials in Geneva on Friday.', 'Iran government'],
  ])('%s', (body, actor) => {
    expect(actorsOf(body, 'CONSULT')).toEqual([actor]);
  });

  it('a group before "delegation" stays the group', () => {
    expect(actorsOf('A Hamas delegation met officials in Cairo on Monday.', 'CONSULT')).toEqual(['Hamas']);
  });

  it('two gentilics joined by "and" before the head are led by the first', () => {
    expect(actorsOf('Jordanian and Syrian negotiators met in Amman on Monday.', 'CONSULT')).toEqual([
      'Jordan government',
    ]);
  });

  it('two forces joined by "and" are left to the reading of their sides', () => {
    expect(
      actorsOf('Jordanian and Syrian troops clashed with smugglers near the border on Monday.', 'ASSAULT'),
    ).not.toContain('Jordan military');
  });
});
