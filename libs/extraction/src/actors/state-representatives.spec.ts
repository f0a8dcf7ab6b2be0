// "a Turkish delegation", "Egyptian mediators", "Qatari negotiators", "Iranian diplomats": those who negotiate for
// a state, after its gentilic, are the state's government (ENGLISH_INSTITUTIONS in institution-words.data.ts).
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
});
