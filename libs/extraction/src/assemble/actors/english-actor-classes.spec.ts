// English actor classes through the whole extractor: pronoun subjects that take an earlier sentence's subject,
// office + name appositions, one-word names and headed phrases before an appositive, the speaker of a passive
// arrest, the accused of an attack, "its fighters" owned by the speaker, possessive institutions, lower-case
// titles, bare ministries, new dictionary entries and English places.
import { findActors } from '../../actors';
import { RuleExtractor } from '../../extractor/rule-extractor';
import { findPlaces } from '../../gazetteer';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'en', publishedAt: '2025-06-01T10:00:00Z' });
const actorOf = (body: string, type: string) => events(body).find((e) => e.type === type)?.actor?.name ?? null;
const actorsOf = (body: string, type: string) =>
  events(body)
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

describe('English pronoun subjects', () => {
  it('gives "He ..." the person who is the subject of an earlier sentence', () => {
    expect(
      actorsOf(
        'Opposition leader Raila Odinga condemned the killings. He called on the government to withdraw the Finance Bill.',
        'REQUEST',
      ),
    ).toContain('Raila Odinga');
  });
  it('gives "It ..." the organisation or state of the sentence before', () => {
    expect(
      actorOf(
        "Ecuador's presidency said the raid on the embassy was lawful. It accused Mexico of abusing its diplomatic immunities.",
        'ACCUSE',
      ),
    ).toBe('Ecuador');
  });
  it('reads a pronoun after an opening phrase and a comma', () => {
    expect(
      actorOf(
        'President Joseph Aoun met the army commander on Monday. In a statement issued by the presidency, he urged the United States to press Israel.',
        'REQUEST',
      ),
    ).toBe('Joseph Aoun');
  });
  it('leaves a pronoun that opens a quotation alone', () => {
    expect(
      actorOf(
        'The Taliban commander spoke to reporters.\n"They opened fire on our men at the border," he said.',
        'ASSAULT',
      ),
    ).not.toBe('Taliban');
  });
});

describe('English appositions', () => {
  it('reads the name apposed to an office as the subject', () => {
    expect(
      actorOf(
        'The Minister of Information and National Orientation, Mohammed Idris, appealed to the organisers to call off the protests.',
        'REQUEST',
      ),
    ).toBe('Mohammed Idris');
    expect(actorOf('Its commissioner-general, Philippe Lazzarini, called for an investigation.', 'REQUEST')).toBe(
      'Philippe Lazzarini',
    );
  });
  it('reads the holder of an office for a verb coordinated after "said"', () => {
    expect(
      actorOf(
        'The United Nations envoy for Syria, Geir Pedersen, said he was alarmed by the violence and urged all parties to protect civilians.',
        'REQUEST',
      ),
    ).toBe('Geir Pedersen');
  });
  it('reads a one-word name and an agent-noun phrase before an appositive', () => {
    expect(
      actorOf(
        'The FLNKS, the main independence coalition, appealed to young people to go home and lift the roadblocks.',
        'REQUEST',
      ),
    ).toBe('FLNKS');
    expect(
      actorOf(
        'The Manbij local administration, run by Turkish-backed factions, blamed the SDF for the bombing.',
        'ACCUSE',
      ),
    ).toBe('Manbij local administration');
  });
  it('keeps a hyphenated given name whole', () => {
    expect(
      actorOf(
        "Kweon Seong-dong, floor leader of Yoon's People Power Party, criticized the detention as unfair.",
        'ACCUSE',
      ),
    ).toBe('Kweon Seong-dong');
  });
  it('never takes a dateline city for a subject', () => {
    expect(
      actorOf('MAIDUGURI, Nigeria (Marsad) — A suicide bomber blew herself up at a crowded fish market.', 'ASSAULT'),
    ).not.toBe('MAIDUGURI');
  });
});

describe('English doers named outside the subject slot', () => {
  it('gives a passive arrest the force or authority that announced it', () => {
    expect(
      actorOf(
        'Prosecutors said a 47-year-old man was taken into custody on Tuesday at his home in Rotterdam.',
        'COERCE',
      ),
    ).toBe('Prosecutors');
    expect(actorOf('Amnesty International said 20 activists were detained in Cairo on Friday.', 'COERCE')).not.toBe(
      'Amnesty International',
    );
  });
  it('gives an attack the side accused of it', () => {
    expect(
      actorOf(
        "Moscow accused Kyiv of a drone strike on a minibus in Russia's Belgorod region that killed one person.",
        'ASSAULT',
      ),
    ).toBe('Ukraine');
  });
  it('gives "its fighters" to the organisation that speaks of them', () => {
    expect(
      actorOf(
        'In the western Rakhine state, the Arakan Army said on Thursday that its fighters had captured the town of Kyaukphyu.',
        'COERCE',
      ),
    ).toBe('Arakan Army');
  });
});

describe('English actor dictionary', () => {
  const ids = (text: string) => findActors(text).map((m) => m.actor.id);
  it('reads a state possessive before an institution as that state institution', () => {
    expect(ids("Israel's army said its troops raided Jenin.")).toContain('mil:IL');
    expect(ids("Myanmar's military government declared a ceasefire.")).toContain('mil:MM');
  });
  it('reads lower-case titles before a capitalised name as a person', () => {
    expect(ids('Opposition leader Raila Odinga condemned the killings.')).toContain('person:raila odinga');
    expect(ids('AK Party spokesperson Ömer Çelik welcomed the step.')).toContain('person:omer celik');
  });
  it('resolves a bare ministry to the country the article is about', () => {
    expect(
      ids(
        'Protesters marched across Serbia. Serbia said 22 people were held. The interior ministry denied using a sonic device.',
      ),
    ).toContain('gov:RS');
  });
  it('knows suicide bombers and the Libyan chambers', () => {
    expect(ids('A suicide bomber blew herself up at a market.')).toContain('group:suicide-bombers');
    expect(ids('The House of Representatives and the High Council of State agreed on a roadmap.')).toEqual(
      expect.arrayContaining(['gov:LY-hor', 'gov:LY-hcs']),
    );
  });
});

describe('English places', () => {
  const place = (text: string, surface: string) =>
    findPlaces(text, { language: 'en' }).find((m) => m.surface === surface)?.place;
  it('finds conflict places the gazetteer lacked or confused', () => {
    expect(place('An air strike hit a village in Kani township.', 'Kani')?.country).toBe('MM');
    expect(place('The Jigawa State government declared a curfew in Kazaure.', 'Jigawa State')?.country).toBe('NG');
    expect(place('The Jigawa State government declared a curfew in Kazaure.', 'Kazaure')?.country).toBe('NG');
    expect(place('Shelling hit Barmal district on Monday.', 'Barmal district')?.country).toBe('AF');
    expect(place('Soldiers raided Zababdeh overnight.', 'Zababdeh')?.country).toBe('PS');
    expect(place('The Houthis attacked a ship in the Gulf of Aden.', 'Gulf of Aden')?.id).toBe('cur:gulf-of-aden');
  });
});
