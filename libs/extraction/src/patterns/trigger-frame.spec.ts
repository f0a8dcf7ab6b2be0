// English frames that make a trigger word no reported act: a hyphenated compound adjective ("Iran-backed"), a
// counted participle adjective ("118 captured soldiers") and a speaker's characterization of a happening ("described
// the attack as a massacre").
import { tokenize } from '../text/tokenize';
import { isCharacterization, isCountedAdjective, isHyphenCompound } from './trigger-frame';

const at = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, i: tokens.findIndex((t) => t.surface === word) };
};

describe('isHyphenCompound', () => {
  const compound = (text: string, word: string) => {
    const { tokens, i } = at(text, word);
    return isHyphenCompound(text, tokens, i);
  };
  it('reads a participle glued to a name by a hyphen as an adjective', () => {
    expect(compound('Kataib Hezbollah, an Iran-backed militia, denied any role.', 'backed')).toBe(true);
    expect(compound('The U.N.-backed force landed in the capital.', 'backed')).toBe(true);
    expect(compound('The US- and Israeli-backed foundation said it would reopen.', 'backed')).toBe(true);
  });
  it('reads irregular participles of states the same way', () => {
    expect(compound('Convoys failed to reach drought-hit villages in the north.', 'hit')).toBe(true);
    expect(compound('Families returned to the quake-struck valley.', 'struck')).toBe(true);
    expect(compound('Ministers from the war-torn country met in Rome.', 'torn')).toBe(true);
  });
  it('keeps free-standing verbs and bound prefixes', () => {
    expect(compound('Saudi Arabia backed the plan.', 'backed')).toBe(false);
    expect(compound('A missile hit the port on Monday.', 'hit')).toBe(false);
    expect(compound('Police re-arrested the activist.', 'arrested')).toBe(false);
  });
});

describe('isCountedAdjective', () => {
  const counted = (text: string, word: string) => {
    const { tokens, i } = at(text, word);
    return isCountedAdjective(text, tokens, i);
  };
  it('reads a participle between a count and its noun as an adjective', () => {
    expect(counted('The rebels handed 40 captured border guards to the Red Cross.', 'captured')).toBe(true);
    expect(counted('Villagers said several kidnapped farmers had returned.', 'kidnapped')).toBe(true);
  });
  it('keeps verbs: a participle before a preposition, after a year, or with no count before it', () => {
    expect(counted('Police said 30 detained by soldiers were freed.', 'detained')).toBe(false);
    expect(counted('Students opposed to the Budget Bill 2024 stormed the assembly.', 'stormed')).toBe(false);
    expect(counted('The army captured border guards overnight.', 'captured')).toBe(false);
    expect(counted('Troops killed 12, captured 30 fighters.', 'captured')).toBe(false);
  });
});

describe('isCharacterization', () => {
  const judged = (text: string, word: string) => {
    const { tokens, i } = at(text, word);
    return isCharacterization(tokens, i, 0);
  };
  it('reads a noun that judges a reported happening as no new happening', () => {
    expect(judged('Hamas described the attack as a "horrific massacre" on Sunday.', 'massacre')).toBe(true);
    expect(judged('The ministry called the strike a massacre.', 'massacre')).toBe(true);
  });
  it('keeps nouns that report', () => {
    expect(judged('Witnesses described a massacre in the village.', 'massacre')).toBe(false);
    expect(judged('The army said a massacre took place.', 'massacre')).toBe(false);
  });
});
