import { tokenize } from '../../text/tokenize';
import { RuleExtractor } from '../../extractor/rule-extractor';
import { readCounts } from './read-counts';
import { killsDoers, onlyDoersDead } from './count-doers-en';

const doers = (text: string) => {
  const tokens = tokenize(text);
  return onlyDoersDead(tokens, readCounts(tokens, 0, tokens.length));
};

describe('English figures whose victims are the attackers', () => {
  it.each([
    'The army said its troops had repelled the attack and "neutralised" about twenty assailants.',
    'Security forces killed all five attackers and rescued more than 60 people.',
    'Police said the two assailants were killed in the shootout.',
  ])('reads %j as the doers killed', (text) => {
    expect(doers(text)).toBe(true);
  });

  it.each([
    'A security source said three soldiers escorting the convoy had been killed.',
    'Gunmen killed five villagers before the attackers fled.',
    'The attackers killed four guards at the gate.',
  ])('keeps %j a toll of the attack', (text) => {
    expect(doers(text)).toBe(false);
  });

  it('reads fighters named as the ones who stormed or attacked as the doers', () => {
    const tokens = tokenize('after killing all five al Shabaab gunmen who had stormed it');
    expect(killsDoers(tokens, 1)).toBe(true);
    expect(killsDoers(tokenize('killing three gunmen who attacked the station'), 0)).toBe(true);
    expect(killsDoers(tokenize('killing three men who had gathered at the mosque'), 0)).toBe(false);
    expect(killsDoers(tokenize('killing two militants, officials said, who had stormed it'), 0)).toBe(false);
  });

  it('reads the victims after the casualty word across fillers only', () => {
    const tokens = tokenize('killed at least three of the attackers');
    expect(killsDoers(tokens, 0)).toBe(true);
    expect(killsDoers(tokenize('killed three villagers, the attackers said'), 0)).toBe(false);
  });
});

describe('the doers killed are not lent to the attack told before', () => {
  const ex = new RuleExtractor({ minConfidence: 0 });
  it('gives the attack the toll of its victims, not of its fighters', () => {
    const body =
      'BAMAKO (Reuters) - Fighters from the al Qaeda-linked group JNIM attacked a convoy of fuel tankers near the town of Kayes in western Mali on Monday, a security source said.\n\n' +
      'The Malian army said its troops had repelled the attack and "neutralised" about twenty assailants. A security source said three soldiers escorting the convoy had been killed.';
    const attack = ex.extract({ id: 'd', body, language: 'en' }).find((e) => e.actor?.name === 'JNIM');
    expect(attack?.killed).toBe(3);
  });

  it('replaces a lead figure that only counted the doers by the toll a later clause gives the attack', () => {
    const body =
      'MOGADISHU (Reuters) - Somali security forces ended a 13-hour siege of a hotel near the presidential palace in Mogadishu on Friday after killing all five al Shabaab gunmen who had stormed it, police said. ' +
      'At least nine people, including three soldiers, were killed in the attack.';
    const killings = ex.extract({ id: 'h', body, language: 'en' }).filter((e) => e.type === 'ASSAULT');
    expect(killings.map((e) => e.killed)).toContain(9);
    expect(killings.map((e) => e.killed)).not.toContain(5);
  });
});
