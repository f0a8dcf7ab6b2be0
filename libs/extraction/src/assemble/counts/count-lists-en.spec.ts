import { tokenize } from '../../text/tokenize';
import { readCounts } from './read-counts';

const counts = (text: string) => {
  const tokens = tokenize(text);
  return readCounts(tokens, 0, tokens.length);
};

describe('English victim lists', () => {
  it('adds up the groups after an active death verb', () => {
    expect(counts('Jihadists ambushed a convoy near Gao, killing three soldiers and two civilians').killed).toBe(5);
    expect(counts('Gunmen killed a woman and her three children in the town of Bor').killed).toBe(4);
    expect(counts('An Israeli strike killed a Hezbollah commander and two other fighters').killed).toBe(3);
    expect(counts('A drone killed a 12-year-old boy and his mother on Wednesday').killed).toBe(2);
    expect(counts('Gunmen killed two 14-year-old boys and a teacher in the village').killed).toBe(3);
  });
  it('ends the list at a group of things lost with the dead', () => {
    expect(
      counts('Ukraine had lost up to 945 soldiers and 102 armoured vehicles since the attack began on Tuesday').killed,
    ).toBe(945);
    expect(counts('the army said the enemy lost 30 fighters and 12 tanks in the battle').killed).toBe(30);
  });
  it('adds up the groups after the "of" of a death noun', () => {
    expect(counts('The bodies of three women and three children were found in a river on Friday').killed).toBe(6);
    expect(counts('Residents protested over the deaths of two soldiers and a civilian').killed).toBe(3);
    expect(counts('The bodies of two men were found near the village').killed).toBe(2);
  });
  it('adds up the groups before a participle that opens "when"', () => {
    expect(
      counts('Among the dead were a paramedic and an ambulance driver killed when a drone hit their car').killed,
    ).toBe(2);
    expect(counts('Two soldiers and a civilian killed when a bomb exploded').killed).toBe(3);
  });
  it('adds up the groups before a passive death verb', () => {
    expect(counts('Two soldiers and a civilian were killed when militants attacked the town').killed).toBe(3);
    expect(counts('A man and his son were killed, officials said').killed).toBe(2);
    expect(counts('On the Israeli side, at least 15 soldiers and 11 civilians have been killed').killed).toBe(26);
    expect(counts('eight soldiers and at least 15 militants were killed, officials said').killed).toBe(23);
    expect(counts('Officials said five policemen and three civilians died').killed).toBe(8);
    expect(counts('Gunmen and soldiers killed two people').killed).toBe(2);
  });
  it('reads a list in apposition to its total once', () => {
    const text = 'Thirteen foreign soldiers, nine South Africans, three Malawians and one Uruguayan, were killed';
    expect(counts(text).killed).toBe(13);
  });
  it('keeps subsets, wounded groups and single groups out of the list', () => {
    expect(counts('The attack killed 20 people, 18 of them women').killed).toBe(20);
    expect(counts('The raid killed 20 people, 10 soldiers among them').killed).toBe(20);
    expect(counts('The shelling killed 12 people, 2 local officials said').killed).toBe(12);
    expect(counts('Troops killed two fighters and destroyed three tanks').killed).toBe(2);
    expect(counts('The blast killed 12 people and wounded 30 others, two of them critically')).toMatchObject({
      killed: 12,
      injured: 30,
    });
    expect(counts('Israeli strikes killed 9 people and 12 others were wounded')).toMatchObject({
      killed: 9,
      injured: 12,
    });
    expect(counts('Two people were killed and three others wounded')).toMatchObject({ killed: 2, injured: 3 });
    expect(counts('Shells hit the camp, killing at least five people, including a woman and her baby').killed).toBe(5);
  });
  it('reads the figure before a "most of them" aside and losses told with "lost"', () => {
    expect(counts('At least 30 people, most of them women and children, were killed in an air strike').killed).toBe(30);
    expect(counts('The Afghan army lost three soldiers in a Taliban attack').killed).toBe(3);
    expect(counts('The fire station lost ten firefighters in the blast').killed).toBe(10);
    expect(counts('The party lost ten seats in the vote').killed).toBeNull();
  });

  it('pairs a subject figure with its casualty verb across auxiliaries and adverbs', () => {
    expect(counts('Five police officers were found dead at a checkpoint').killed).toBe(5);
    expect(counts('Three Israeli soldiers have also been killed').killed).toBe(3);
    expect(counts('Officials said one crew member had been seriously injured').injured).toBe(1);
    expect(counts('More than 100 police and gendarmes have been injured in the riots').injured).toBe(100);
  });
  it('reads no toll for a part of the dead or a decade of age', () => {
    expect(counts('Two officers were among the dead').killed).toBeNull();
    expect(counts('Two soldiers were among those killed in the attack').killed).toBeNull();
    expect(counts('The dead included two journalists').killed).toBeNull();
    expect(counts('Men in their 50s were killed').killed).toBeNull();
  });
});
