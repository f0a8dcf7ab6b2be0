// English wire wordings added in wire-material.patterns.ts and wire-verbal.patterns.ts: other inflections, split
// phrasal verbs, nominal and participle forms; and the near-misses they must leave alone.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const matchesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index);
};
const typesOf = (text: string) => matchesOf(text).map((m) => m.spec.type);
const phrasesOf = (text: string) => matchesOf(text).map((m) => `${m.spec.type}:${m.spec.phrase}`);
const rules = new RuleExtractor({ minConfidence: 0 });
const eventsOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).filter((e) => e.type === type);

describe('English wire wordings of material events', () => {
  it.each([
    ['The army said its jets had neutralised nine fighters near the border.', 'ASSAULT'],
    ['A van rammed into shoppers on the main street.', 'ASSAULT'],
    ['The party headquarters was set ablaze overnight.', 'ASSAULT'],
    ['Sailors fired warning shots at the fishing boat.', 'ASSAULT'],
    ['Gunmen opening fire on a bus on the highway.', 'ASSAULT'],
    ['Police detain dozens of students outside the university.', 'COERCE'],
    ['The regulator suspended the Arabic-language news channel Al Sahel for a month.', 'COERCE'],
    ['The authorities cut mobile internet in the province.', 'COERCE'],
    ['Soldiers demolish a school in the village.', 'COERCE'],
    ['The rebel group frees twelve hostages.', 'RETREAT'],
    ['About 300 soldiers from Kenya arrived at the airport on Friday.', 'MOBILIZE'],
    ['Government forces entered the town after the clashes.', 'MOBILIZE'],
    ['The ministry stepped up its security around embassies.', 'MOBILIZE'],
    ['Thousands were marching towards parliament.', 'PROTEST'],
    ['Supporters gathered near the base, chanting anti-French slogans.', 'PROTEST'],
    ['Police ended the opposition three-day march on the capital.', 'PROTEST'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('strikers and occupations', () => {
  it.each([
    'Thousands of striking teachers gathered in the capital on Thursday.',
    "Students occupied the university's main square for a third day.",
  ])('reads %j as PROTEST', (text) => {
    expect(typesOf(text)).toContain('PROTEST');
  });
});

describe('closures, takeovers, handovers, hotlines and medical evacuations', () => {
  it.each([
    ['The governor ordered the closure of all boarding schools in the south.', 'COERCE'],
    ['The army said its troops had taken over a weapons depot near Tyre.', 'COERCE'],
    ['The rebels handed over 118 captured soldiers to the International Committee of the Red Cross.', 'RETREAT'],
    ['The high court granted bail to the opposition leader and ordered his release.', 'RETREAT'],
    ['The two armies spoke over their hotline on Monday.', 'CONSULT'],
    ['Turkey sent a military ambulance aircraft to evacuate the seriously wounded.', 'AID'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
  it('reads a post taken over as no seizure', () => {
    expect(typesOf('The general has taken over as interim president.')).not.toContain('COERCE');
  });
});

describe('standing with an ally', () => {
  it('reads "Washington stands with its treaty ally" as SUPPORT, not a podium picture', () => {
    expect(typesOf('The ambassador said Washington stood with its treaty ally.')).toContain('SUPPORT');
    expect(typesOf('He stood with the president at the podium.')).not.toContain('SUPPORT');
  });
});

describe('a projectile named with its launcher', () => {
  it('reads "a missile fired by the Houthis" as the Houthis\' attack', () => {
    const body =
      'The coalition said its air defences intercepted a ballistic missile fired by the Houthis toward Jazan.';
    expect(eventsOf(body, 'ASSAULT').map((e) => e.actor?.name)).toContain('Houthis');
  });
});

describe('pledges and pounds', () => {
  it('reads a pledge of weapon systems as AID and a sum in pounds as no shelling', () => {
    expect(typesOf('Germany pledged two more Patriot air defence systems and 300 million euros.')).toContain('AID');
    expect(typesOf('Britain announced a military aid package worth 1.5 billion pounds.')).not.toContain('ASSAULT');
    expect(typesOf('Russia pounds Kharkiv with missiles.')).toContain('ASSAULT');
  });
  it('reads weapon systems delivered or handed over as AID, but not fighters handing over their own weapons', () => {
    expect(typesOf('He said Germany would deliver two more Patriot systems to Ukraine.')).toContain('AID');
    expect(typesOf('Germany delivered two additional IRIS-T SLM air defense systems.')).toContain('AID');
    expect(typesOf('Berlin had just handed over a batch of missiles for systems already in use.')).toContain('AID');
    expect(typesOf('A group of 35 PKK fighters handed over and destroyed their weapons.')).not.toContain('AID');
  });
  it('reads a pledge to supply systems or deliver drones as AID, but not drones supplied in the past', () => {
    expect(typesOf('He announced that Berlin would supply two more Patriot systems by the summer.')).toContain('AID');
    expect(typesOf('The ministry said it would deliver additional armed drones to the Somali army.')).toContain('AID');
    expect(typesOf('Officials say Iran supplied hundreds of drones to Russia.')).not.toContain('AID');
  });
});

describe('modes of projectiles', () => {
  const modesOf = (text: string) => matchesOf(text).map((m) => m.spec.mode);
  it('reads missiles and rockets as heavy weapons and drones as drones, not firearms', () => {
    expect(modesOf('Houthi forces fired two ballistic missiles at Israel on Sunday.')).toContain('heavy-weapons');
    expect(modesOf('Russia launched 112 drones at Ukraine overnight.')).toContain('drone');
    expect(modesOf('Russia launched 112 drones at Ukraine overnight.')).not.toContain('firearms');
    expect(modesOf('Police said a grenade attack wounded 12 people at a market.')).toContain('explosives');
  });
});

describe('questions asked', () => {
  it.each([
    'When asked about plans to expand the operation, the minister declined to comment.',
    'Asked whether Israel intended to withdraw, he said no.',
  ])('reads %j as no request', (text) => {
    expect(typesOf(text)).not.toContain('REQUEST');
  });
});

describe('dismissals that fire a person', () => {
  it('reads "dismissed the army chief as part of a purge" as no rejection', () => {
    expect(typesOf('The president dismissed the army chief as part of a purge.')).not.toContain('REJECT');
  });
});

describe('English wire wordings of verbal and cooperative events', () => {
  it.each([
    ['The mayor asked the governor to release the funds.', 'REQUEST'],
    ['The ministry asked the International Committee of the Red Cross to visit the detainees.', 'REQUEST'],
    ['The governor asked the national government for urgent humanitarian aid.', 'REQUEST'],
    ['The diplomat had been given 72 hours to leave the country.', 'SANCTION'],
    ['The agency said it was suspending all operations in the governorate.', 'SANCTION'],
    ['The union issued a statement, calling on members to stay home.', 'REQUEST'],
    ['Prosecutors unsealed charges against three officials.', 'ACCUSE'],
    ['President Joseph Aoun said Lebanon had lodged a complaint with the U.N. Security Council.', 'ACCUSE'],
    ['The ministry filed an official complaint with the International Criminal Court.', 'ACCUSE'],
    ['A spokesman called it a provocation based on fabricated accusations.', 'REJECT'],
    ['The opposition dismissed calls for a boycott.', 'REJECT'],
    ['The spokesperson said Beijing firmly opposed the U.S. arms sale to Taiwan.', 'REJECT'],
    ['The ministry opposed the decision to extend the mission.', 'REJECT'],
    ['The spokesman dismissed the European warning as "political blackmail".', 'REJECT'],
    ['A senior rebel official dismissed the U.N. criticism as biased.', 'REJECT'],
    ['Mohammed Ali al-Houthi, a senior rebel official, dismissed the U.N. criticism, writing on X.', 'REJECT'],
    ['The group said it would not accept any plan that requires it to disarm.', 'REJECT'],
    ['The ministry said it did not subscribe to unilateral measures.', 'REJECT'],
    ['A lawmaker of the movement said the group would not give up its arms.', 'REJECT'],
    ['The militia said it will never disarm.', 'REJECT'],
    ['The foreign ministry said the kingdom stood by the Lebanese government.', 'SUPPORT'],
    ['The three juntas said they were withdrawing from the International Criminal Court.', 'REJECT'],
    ['The parliament voted for the withdrawal from the Ottawa treaty.', 'REJECT'],
    ['The peacekeeping force said it had increased patrols in the north.', 'MOBILIZE'],
    ['Police stepped up their patrols along the border on Monday.', 'MOBILIZE'],
    ['Bolivia broke off diplomatic relations with the neighbouring state.', 'SANCTION'],
    ['The African Union suspended Guinea from the bloc following the coup.', 'SANCTION'],
    ['ECOWAS suspended Niger from its decision-making bodies on Sunday.', 'SANCTION'],
    ['The country cut diplomatic ties with its neighbour.', 'SANCTION'],
    ['The junta has given the French ambassador 72 hours to leave the country.', 'SANCTION'],
    ['The president said he was suspending the next round of contacts with the rebels.', 'SANCTION'],
    ['The prime minister lifted his months-long veto on the budget.', 'CONCEDE'],
    ['The council reversed its ban and allowed aid through the crossing.', 'CONCEDE'],
    ['The justice minister acknowledged failures and announced an investigation.', 'CONCEDE'],
    ['The government extended the opening of the crossing by three months.', 'CONCEDE'],
    ['The government said it had opened its airspace to relief flights.', 'CONCEDE'],
    ['The minister held phone calls with his Gulf counterparts.', 'CONSULT'],
    ['A convoy of 20 lorries carrying flour reached the town.', 'AID'],
    ['Japan pledged $12 million in emergency assistance.', 'AID'],
    ['The commander spoke to the troops, vowing to strike back.', 'THREATEN'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('participles and split phrases that outrank a weaker reading', () => {
  it('reads a ceasefire declared as the declaration, not the bare topic noun', () => {
    expect(phrasesOf('The alliance said a ceasefire declared on Monday would last a week.')).toContain(
      'RETREAT:ceasefire declared',
    );
  });
  it('reads a fleet put on alert as one raising of readiness', () => {
    expect(phrasesOf('The navy put its fleet on high alert.')).toEqual(['MOBILIZE:put ~ on ~ alert']);
  });
});

describe('what the wire wordings leave alone', () => {
  it('reads no court left after a hearing as a rejection, trucks of trade goods as aid, nor bystanders as backers', () => {
    expect(typesOf('The rebels withdrew from the town after the court hearing.')).not.toContain('REJECT');
    expect(typesOf('Hundreds of trucks carrying fruit and coal were stranded at the crossing.')).not.toContain('AID');
    expect(typesOf('Trucks carrying flour entered the town.')).toContain('AID');
    expect(typesOf('Bystanders stood by and watched the fire.')).not.toContain('SUPPORT');
  });
  it('does not read anonymity or a request for comment as a demand', () => {
    expect(typesOf('said an official, who asked not to be named.')).not.toContain('REQUEST');
    expect(typesOf('The ministry was asked to comment on the report.')).not.toContain('REQUEST');
  });
  it('does not read water releases or the month of March as events', () => {
    expect(typesOf('Turkey increased releases of water from its dams.')).not.toContain('RETREAT');
    expect(typesOf('The truce collapsed in March after talks failed.')).not.toContain('PROTEST');
  });
  it('reads a lifted veto as a concession, not a rejection', () => {
    const types = typesOf('The prime minister lifted his weeks-long veto after assurances.');
    expect(types).toContain('CONCEDE');
    expect(types).not.toContain('REJECT');
  });
});

describe('events built from the wire wordings', () => {
  it('places arriving troops at the town they entered', () => {
    const [event] = eventsOf('Syrian government forces entered the city of Hama on Tuesday.', 'MOBILIZE');
    expect(event?.location?.name).toBe('Hamah');
  });
  it('gives a diplomatic rupture its actor', () => {
    const [event] = eventsOf('Mexico broke off diplomatic relations with Ecuador on Saturday.', 'SANCTION');
    expect(event?.actor?.name).toBe('Mexico');
  });
  it('places an aid convoy of lorries where it arrived', () => {
    const [event] = eventsOf('A UN convoy of 12 lorries carrying food reached Kadugli on Sunday.', 'AID');
    expect(event?.location?.name).toBe('Kadugli');
  });
});

describe('control regained', () => {
  it.each([
    "Sudan's army regained control of the presidential palace in Khartoum on Friday.",
    'Government forces regained control over the town after two days of fighting.',
    'A rebel group captures the airport in a dawn raid, residents say.',
  ])('reads %j as COERCE', (text) => {
    expect(typesOf(text)).toContain('COERCE');
  });
});

describe('parties dissolved', () => {
  it("reads a junta dissolving parties as COERCE, not a parliament's routine dissolution", () => {
    expect(typesOf("Mali's junta dissolved all political parties on Tuesday.")).toContain('COERCE');
    expect(typesOf('The king dissolved parliament and called early elections.')).not.toContain('COERCE');
  });
});

describe('charges announced, assaults on freedoms, warrants suspended, a restriction eased', () => {
  it.each([
    ['Attorney General Pam Bondi said they would face charges including drug trafficking.', 'ACCUSE'],
    ['The union called the arrest "an assault on press freedom" and urged his release.', 'ACCUSE'],
    ['The government said it had extended the suspension of arrest warrants for 22 commanders.', 'CONCEDE'],
    ['The government will keep the crossing open for three more months, easing a restriction on aid.', 'CONCEDE'],
  ])('%s → %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it('credits the charges to the official who announced them', () => {
    const [event] = eventsOf('Attorney General Pam Bondi said they would face charges including murder.', 'ACCUSE');
    expect(event?.actor?.name).toBe('Pam Bondi');
  });

  it('leaves a defendant facing charges in court and a plain call to a person alone', () => {
    expect(typesOf('He faces charges of fraud in a separate case.')).not.toContain('ACCUSE');
    expect(typesOf('She called the minister an ally.')).not.toContain('ACCUSE');
  });
});
