// English actor readings through the whole extractor: apposition, coordinated verbs, participles after a comma,
// clash sides, passive agents of attack nouns, the "gunmen" subject of "opened fire" and organisations the
// dictionary now knows; plus the English non-happenings and hidden denials next to them.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'en', publishedAt: '2025-06-01T10:00:00Z' });
const actorOf = (body: string, type: string, mode?: string) =>
  events(body).find((e) => e.type === type && (!mode || e.mode === mode))?.actor?.name ?? null;

describe('English subjects', () => {
  it('reads the name before an appositive as the subject', () => {
    expect(
      actorOf(
        'Rashad al-Alimi, head of the Saudi-backed Presidential Leadership Council, rejected the move as a coup.',
        'REJECT',
      ),
    ).toBe('Rashad al-Alimi');
    expect(
      actorOf(
        'Kataib Hezbollah, one of the most powerful Iran-backed militias in Iraq, denied any involvement.',
        'REJECT',
      ),
    ).toBe('Kataib Hezbollah');
    expect(actorOf('Ahmed Hassan Mahmoud, the head of the local council, rejected the claims.', 'REJECT')).toBe(
      'Ahmed Hassan Mahmoud',
    );
  });
  it('gives a coordinated verb the clause subject, not the object before "and"', () => {
    expect(
      actorOf(
        'A Taliban spokesman in Nangarhar province said three Afghan civilians were wounded by Pakistani fire and blamed Pakistan.',
        'ACCUSE',
      ),
    ).toBe('Taliban');
  });
  it('gives a participle after a comma the subject of the main verb', () => {
    expect(
      actorOf(
        'Al-Shabaab militants overran a Somali army base near Bulo Burde on Sunday, killing at least seven soldiers.',
        'ASSAULT',
        'killing',
      ),
    ).toBe('al-Shabaab');
  });
  it('reads the first side of "clashes between X and Y"', () => {
    expect(
      actorOf(
        'On Friday, clashes between M23 fighters and Wazalendo militias in Masisi killed at least 12 civilians.',
        'ASSAULT',
        'armed-clash',
      ),
    ).toBe('M23');
  });
  it('reads the agent of "raids by X" for a passive toll', () => {
    expect(
      actorOf(
        'Two Palestinians were killed during overnight raids by Israeli forces on the town of Qabatiya.',
        'ASSAULT',
      ),
    ).toBe('Israeli military');
  });
  it('keeps gunmen as the subject of "opened fire"', () => {
    expect(actorOf('Gunmen opened fire on customers at a bar in Irapuato, killing 12 people.', 'ASSAULT')).toBe(
      'gunmen',
    );
  });
  it('knows organisations of current English news', () => {
    expect(actorOf('Forces of the Southern Transitional Council (STC) took control of Seiyun.', 'COERCE')).toBe(
      'Southern Transitional Council',
    );
    expect(
      actorOf('The shadow National Unity Government (NUG) called on the international community to act.', 'REQUEST'),
    ).toBe('National Unity Government');
    expect(actorOf('Israeli settlers attacked the village of Sinjil on Saturday.', 'ASSAULT')).toBe('Israeli settlers');
  });
  it('reads no person named by a plural noun of people that opens the sentence', () => {
    const body =
      'Fighters entered the city of Debre Markos in the early hours of Sunday and clashed with federal troops near the main prison.';
    // Plain text with no identity of its own, so it neither joins nor splits happenings (merge-events.ts).
    expect(events(body).find((e) => e.type === 'ASSAULT')?.actor?.id ?? null).toBeNull();
    expect(actorOf('Okonkwo stressed the need for calm and condemned the attack on the embassy.', 'ACCUSE')).toBe(
      'Okonkwo',
    );
  });
});

describe('English allegations and denials', () => {
  it('does not read the act in "accused X of attacking" as an attack', () => {
    expect(
      events('The M23 accused the Wazalendo of attacking its positions in Masisi.').map((e) => e.type),
    ).not.toContain('ASSAULT');
    expect(
      events('The ministry accused the militia of deliberately targeting farmers near Bunia.').map((e) => e.type),
    ).not.toContain('ASSAULT');
  });
  it('reads "said its forces did not attack" as a denial by the speaker', () => {
    expect(actorOf('The STC said its forces did not attack government troops in Seiyun.', 'REJECT')).toBe(
      'Southern Transitional Council',
    );
  });
  it('reads a past year at the end of a long clause as background', () => {
    const out = events(
      'Iran-aligned factions fired dozens of rockets and drones at bases hosting U.S. troops in Iraq and Syria in late 2023.',
    );
    expect(out.map((e) => e.type)).not.toContain('ASSAULT');
  });
});
