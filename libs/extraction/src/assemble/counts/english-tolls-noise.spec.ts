// English tolls (subset asides, "killing a man", "according to two sources"), forecasts quoted as warnings,
// natural hazards that "strike" and "kill", crowd-control coercion, riots with their dead and new wire phrasing.
import { RuleExtractor } from '../../extractor/rule-extractor';
import { triggerIndex } from '../../patterns/lexicon';
import { matchTriggers } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import { naturalDisaster } from '../../context/article-genre';
import { readCounts } from './read-counts';

const killed = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length).killed;
};
const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'en' });

describe('English tolls', () => {
  it('takes the figure before a subset aside, not the aside noun', () => {
    expect(killed('At least three people, including a 12-year-old boy, have been killed in clashes')).toBe(3);
  });
  it('reads one victim named after the death verb, but not a list of victims', () => {
    expect(killed('a bomb hit a residential area, killing a 64-year-old man, the governor said')).toBe(1);
    expect(killed('the raid killed a soldier and wounded two others')).toBe(1);
    expect(killed('killing a man, a woman and two children')).not.toBe(1);
  });
  it('reads one victim after a phrasal killing verb ("shot dead a man", "stabbed to death a woman")', () => {
    expect(killed('Israeli troops shot dead a Palestinian man near Hebron, the army said')).toBe(1);
    expect(killed('a mob beat to death a man accused of blasphemy')).toBe(1);
    expect(killed('police shot dead a suspect and a bystander')).not.toBe(1);
  });
  it('reads a toll whose subject carries a phrase before its verb', () => {
    expect(killed('Four drivers and two soldiers from the escort were killed, according to a union official')).toBe(6);
    expect(killed('a security source said three soldiers escorting the convoy had been killed')).toBe(3);
    expect(killed('Five passengers aboard the bus were killed')).toBe(5);
  });
  it('reads one victim named by a demonym ("A Palestinian was killed", "killed an Israeli")', () => {
    expect(killed('A Palestinian was killed and three others were wounded by Israeli fire in Nablus')).toBe(1);
    expect(killed('Israeli troops killed a Palestinian near Hebron')).toBe(1);
    expect(killed('The American embassy was attacked')).toBeNull();
  });
  it('reads one victim named by a role ("a vice principal", "a police constable")', () => {
    expect(killed('a vice principal was killed in the attack')).toBe(1);
    expect(killed('a police constable was shot dead in Karachi')).toBe(1);
    expect(killed('gunmen killed a local imam outside the mosque')).toBe(1);
  });
  it('reads singular nouns beyond soldiers and civilians', () => {
    expect(killed('leaving an Afghan border guard dead and two personnel injured')).toBe(1);
  });
  it('reads "to N" as a toll only after a verb of rising', () => {
    expect(killed('after one of its fighters was shot dead at a checkpoint, according to two security sources')).toBe(
      1,
    );
    expect(killed('The death toll has climbed to 35')).toBe(35);
    expect(killed('bringing the number of dead to 12')).toBe(12);
  });
  it('gives a riot its dead', () => {
    const riot = events(
      'France rushed in police reinforcements after a third night of rioting that has left five people dead, including two gendarmes.',
    ).find((e) => e.type === 'PROTEST');
    expect(riot?.killed).toBe(5);
  });
});

describe('English non-events', () => {
  it('does not read a forecast as a threat', () => {
    const types = (t: string) => events(t).map((e) => e.type);
    expect(
      types('Aid agencies have warned for months that an offensive on the camp would trigger a catastrophe.'),
    ).not.toContain('THREATEN');
    expect(types('Officials warned the toll was likely to rise as teams reach isolated villages.')).not.toContain(
      'THREATEN',
    );
    expect(
      types('A commander warned that Iran would close the strait "without hesitation" if it were attacked.'),
    ).toContain('THREATEN');
  });
  it('does not read a hazard that strikes or kills as an attack', () => {
    expect(events('The 7.7-magnitude quake that struck central Myanmar on Friday.').map((e) => e.type)).not.toContain(
      'ASSAULT',
    );
    expect(events('Cyclone Remal killed at least 16 people in Bangladesh on Sunday.').map((e) => e.type)).not.toContain(
      'ASSAULT',
    );
  });
  it('knows a natural-disaster report by its hazard words', () => {
    const quake =
      'The earthquake flattened villages. Aftershocks and a second quake followed; the magnitude 6.8 tremor was felt in Marrakesh, and landslides cut roads.';
    expect(naturalDisaster(tokenize(quake))).toBe(true);
    expect(
      naturalDisaster(tokenize('Troops shelled the town after a storm; militants and soldiers clashed, killing five.')),
    ).toBe(false);
  });
  it('does not read the adjective "alleged" as an accusation', () => {
    expect(typesOf('Mexico sent 37 alleged cartel members to the United States.')).not.toContain('ACCUSE');
    expect(typesOf('The opposition alleged that the vote was rigged.')).toContain('ACCUSE');
  });
});

describe('English wire phrasing', () => {
  it.each([
    ['Israeli troops fired tear gas at people approaching the prison gates.', 'COERCE'],
    ['Riot police used water cannon on the crowd.', 'COERCE'],
    ['Government troops moved into the city on Tuesday.', 'MOBILIZE'],
    ['The military would "take necessary measures" if rebels used the pause.', 'THREATEN'],
    ['The ministry said it would not leave this cowardly act unanswered.', 'THREATEN'],
  ])('reads %j as %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
  it('no longer reads tear gas as an armed assault', () => {
    expect(typesOf('Police fired tear gas at protesters.')).not.toContain('ASSAULT');
  });
});
