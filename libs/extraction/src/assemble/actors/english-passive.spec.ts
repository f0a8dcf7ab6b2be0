// Reduced passives ("detainees freed by the government") and agents behind an article ("an attack by the Rapid
// Support Forces"): the doer is the mention after "by", not the words before the participle nor the speaker.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorOf = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'en' }).find((e) => e.type === type)?.actor?.name ?? null;

describe('English reduced passives and "by the" agents', () => {
  it('gives a participle before "by" the agent, not the people it names first', () => {
    expect(
      actorOf('A plane carrying 125 Houthi detainees freed by the Yemeni government landed in Sanaa.', 'RETREAT'),
    ).toBe('Yemeni government');
    expect(actorOf('A second aircraft flew 35 government loyalists freed by the Houthis to Aden.', 'RETREAT')).toBe(
      'Houthis',
    );
  });
  it('reads "attack by the X" as X acting, even when a speaker reports repelling it', () => {
    expect(
      actorOf(
        'The Sudanese army said on Saturday it had repelled an attack by the Rapid Support Forces on its headquarters in Khartoum.',
        'ASSAULT',
      ),
    ).toBe('Rapid Support Forces');
  });
  it('reads a verb coordinated with a passive as passive when it takes a preposition', () => {
    expect(
      actorOf(
        "Zimbabwe's main opposition leader Nelson Chamisa was arrested on Friday and charged with organising an unlawful gathering.",
        'ACCUSE',
      ),
    ).toBe(null);
    expect(
      actorOf(
        'A Taliban spokesman said three Afghan civilians were wounded by Pakistani fire and blamed Pakistan.',
        'ACCUSE',
      ),
    ).toBe('Taliban');
  });
  it('leaves an active verb before "by" alone', () => {
    expect(actorOf('Hamas fighters attacked the post by night, the army said.', 'ASSAULT')).not.toBe(null);
  });
});

describe('"by the" agents with a modifier before the name', () => {
  it('reads the agent past one modifier', () => {
    expect(
      actorOf(
        'At least 20 civilians have been killed in artillery shelling by the paramilitary Rapid Support Forces in El Fasher.',
        'ASSAULT',
      ),
    ).toBe('Rapid Support Forces');
  });
  it('does not read "by the end of" as an agent phrase', () => {
    expect(actorOf('By the end of the day, police had arrested 12 people in Cairo.', 'COERCE')).not.toBe('end');
  });
});

describe('harm participles after their victims', () => {
  it('does not make the victims before "killed in" the actor', () => {
    const body =
      'Serbian President Aleksandar Vucic declared a day of mourning for three Serbs killed in a shootout with police at a monastery in northern Kosovo.';
    expect(actorOf(body, 'ASSAULT')).not.toBe('three Serbs');
  });
  it('keeps an active harm verb with its object', () => {
    expect(actorOf('Gunmen killed at least ten villagers in Zamfara state on Sunday.', 'ASSAULT')).toBe('gunmen');
  });
});
