// Wire wordings added in wire-verbal.patterns.ts: refusals ("said the ministry would not reverse the fee rise", "said
// he would not step down"), the plain present "we condemn", trade and treaties suspended, sums announced for a
// country; and the uses left alone.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('refusals worded as a future negation', () => {
  it.each([
    'The transport minister said the ministry would not reverse the fare increase.',
    'The mayor said he will not step down before the vote.',
    'The governor refused to step down despite the protests.',
  ])('reads %s as REJECT', (text) => {
    expect(typesOf(text)).toContain('REJECT');
  });
});

describe('the plain present of condemn', () => {
  it.each([
    '"We condemn this raid on a peaceful village," the spokesman said.',
    '"I strongly condemn the shelling of the clinic," she said.',
  ])('reads %s as ACCUSE', (text) => {
    expect(typesOf(text)).toContain('ACCUSE');
  });
  it.each(['Several leaders phoned the premier to condemn the bombing.', 'The council did not condemn the decision.'])(
    'leaves %s alone',
    (text) => {
      expect(typesOf(text)).not.toContain('ACCUSE');
    },
  );
});

describe('trade and treaties suspended', () => {
  it.each([
    'The neighbours hit back by suspending all trade with the republic.',
    'The cabinet said it would suspend all trade across the border.',
    'The government suspended a fisheries treaty with its neighbour.',
    'The minister said the accord would be held in abeyance.',
  ])('reads %s as SANCTION', (text) => {
    expect(typesOf(text)).toContain('SANCTION');
  });
});

describe('sums announced for a country', () => {
  it.each([
    'The bank announced 40 million dollars in budget support for the island.',
    'The emirate announced a grant of $200 million to the neighbouring state.',
  ])('reads %s as AID', (text) => {
    expect(typesOf(text)).toContain('AID');
  });
});
