// Relief named by what was handed out ("distributed hot meals", "delivered hygiene kits") and money deposited in a
// central bank read as AID; thanks in so many words ("expressed its appreciation to") as SUPPORT, the way "thanked"
// does (verbal.patterns.ts, wire-verbal.patterns.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('English relief handed out and thanks expressed', () => {
  it.each([
    ['The charity distributed hot meals to 2,000 families in the camp.', 'AID'],
    ['The WFP said it had delivered rice and cooking oil to 30,000 displaced people.', 'AID'],
    ['The agency said it had begun distributing hot meals to displaced families.', 'AID'],
    ['The IOM said it was providing food, water and hygiene kits to deportees.', 'AID'],
    ['Volunteers distributed tents and blankets to people left homeless.', 'AID'],
    ['The agency delivered 500 hygiene kits to two shelters.', 'AID'],
    ['Partners delivered water and medicines to the flooded villages.', 'AID'],
    ['The minister expressed Ghana’s appreciation to Togo for its help.', 'SUPPORT'],
    ['The council expressed its deep gratitude to the donors.', 'SUPPORT'],
  ])('reads %s as %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('leaves a leaflet drop and a verdict alone', () => {
    expect(typesOf('The army distributed leaflets urging residents to leave.')).not.toContain('AID');
    expect(typesOf('The court expressed doubts about the evidence.')).not.toContain('SUPPORT');
  });
});

describe('English central bank deposits', () => {
  it.each([
    'Kuwait has deposited $500 million in the central bank of Jordan.',
    'The emirate deposits $2 billion with the State Bank every year.',
  ])('reads %j as AID', (text) => {
    expect(typesOf(text)).toContain('AID');
  });
  it('leaves a deposit of ballots alone', () => {
    expect(typesOf('Voters deposited their ballots in boxes on Sunday.')).not.toContain('AID');
  });
});
