// English requests in the plain present, mostly first person inside a quote ("We call on all sides to ...", "I urge
// the council"), and "appeals to" / "appealing to" someone (wire-verbal.patterns.ts); "call" as a noun ("a phone
// call on Monday") or after "to" ("decided to call on") stays no request.
import { fieldsOf } from '../../extractor/fields-of';

const triggersOf = fieldsOf((e) => e.evidence.text, 'en', '2026-03-05T10:00:00Z');
const requests = (text: string) => triggersOf(text, 'REQUEST').length;

describe('English present-tense requests', () => {
  it.each([
    '"We call on all parties to open the roads to aid convoys," the relief coordinator said.',
    '"I urge the council to act before the harvest fails," the minister told reporters.',
    'The governor went on local radio on Monday, appealing to donors to fund the shelters.',
    'The council appeals to donors to fund the shelters, its chairman said.',
  ])('reads a request in %j', (text) => {
    expect(requests(text)).toBe(1);
  });

  it.each([
    'The two ministers held a phone call on Monday about the border.',
    'The council decided to call on Friday for a second vote.',
    '"We do not call on anyone to fight," the commander said.',
  ])('reads no request in %j', (text) => {
    expect(requests(text)).toBe(0);
  });
});
