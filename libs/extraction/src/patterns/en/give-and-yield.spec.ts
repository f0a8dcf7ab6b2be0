// Giving way, giving help and working together (give-and-yield.patterns.ts): wordings beyond "lifted the ban",
// "delivered aid" and "extradited", and the senses that keep demands discussed, talks mediated by someone and refusals
// of entry out.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('concessions', () => {
  it.each([
    "Pakistan's government agreed on Thursday to meet the protesters' demands.",
    "The government accepted the students' demands and abolished the quota system.",
    "Nepal's government lifted its social media ban on Thursday.",
    'President William Ruto dropped the tax increases after deadly protests.',
    'China suspended its tariffs on U.S. goods for 90 days.',
    'The UAE commuted the death sentences of 57 Bangladeshis.',
    "Iraq's government dropped charges against 20 protesters.",
    'Israel allowed fuel trucks to enter Gaza for the first time in weeks.',
    'The army chief accepted responsibility for the failure.',
    'The president withdrew the decree after protests.',
    'Government reverses fuel subsidy cut',
    "The government agreed to compensate the victims' families.",
    'The Sovereignty Council allows aid through the Adre crossing for three months.',
  ])('reads %j as CONCEDE', (text) => {
    expect(typesOf(text)).toContain('CONCEDE');
  });

  it.each([
    'The minister agreed to meet the protesters to discuss their demands.',
    'Journalists were not allowed to enter the courtroom.',
    'Israel has not allowed aid into the north for weeks.',
    'The ministry released a statement on Thursday.',
    'Quarterly earnings met expectations.',
  ])('leaves %j without a CONCEDE', (text) => {
    expect(typesOf(text)).not.toContain('CONCEDE');
  });
});

describe('aid given', () => {
  it.each([
    'Saudi Arabia sent relief supplies to flood-hit Pakistan.',
    'China handed over a consignment of relief goods to Pakistan.',
    'France shipped medical supplies to Lebanon on Thursday.',
    'Canada announced 40 million Canadian dollars in humanitarian aid for Haiti.',
    'The World Bank approved a $1 billion loan for Egypt.',
    'The IMF disbursed $820 million to Egypt on Thursday.',
    'The United States approved a $400 million weapons package for Ukraine.',
    'The Red Crescent evacuated about 40 families from the fighting.',
    'WFP distributes food in Darfur',
    "Qatar provided fuel to Gaza's power plant.",
    'The kingdom granted Syria $500 million.',
  ])('reads %j as AID', (text) => {
    expect(typesOf(text)).toContain('AID');
  });

  it.each(['The company provided financial results on Thursday.', "The minister's aide said he would not attend."])(
    'leaves %j without an AID',
    (text) => {
      expect(typesOf(text)).not.toContain('AID');
    },
  );
});

describe('cooperation', () => {
  it.each([
    'The UAE handed over a fugitive wanted for murder to Indian authorities.',
    'Police in Spain and the Netherlands arrested 41 people in a joint investigation.',
    'The coalition and Iraqi forces jointly carried out a raid, killing an Islamic State leader.',
    'The children were freed in collaboration with the police.',
    'The UAE mediated a prisoner swap between Russia and Ukraine.',
    'Qatar brokered the release of the hostages.',
    'The DEA provided intelligence support for the capture.',
  ])('reads %j as COOPERATE', (text) => {
    expect(typesOf(text)).toContain('COOPERATE');
  });

  it.each([
    'The two sides held talks in Doha mediated by Qatar and Turkey.',
    'The company handed over the keys to the new owners.',
  ])('leaves %j without a COOPERATE', (text) => {
    expect(typesOf(text)).not.toContain('COOPERATE');
  });
});
