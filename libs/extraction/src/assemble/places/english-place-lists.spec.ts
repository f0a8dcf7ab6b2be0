// English attacks listed over several towns ("struck Aitaroun and Houla") are one happening per town, and a toll
// sentence that names no place of its own ("Hamas said five of its members were killed") counts the attack before it.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const events = (body: string) => rules.extract({ id: 't', body, language: 'en', publishedAt: '2024-06-18' });
const assaultsAt = (body: string) =>
  events(body)
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? null);

describe('English place lists', () => {
  it('splits one attack verb over a list of towns into one event per town', () => {
    const places = assaultsAt(
      "Lebanon's National News Agency said Israeli warplanes also struck the outskirts of Aitaroun and Houla.",
    );
    expect(places).toEqual(expect.arrayContaining(['Aitaroun', 'Houla']));
  });
  it('keeps a lone place and a list that only says where something else was reported as they were', () => {
    expect(assaultsAt('Israeli warplanes struck the outskirts of Aitaroun on Monday.')).toHaveLength(1);
    const coerce = events(
      'Protests were also reported in Mombasa, Kisumu, Nakuru, Eldoret and Nyeri, where crowds blocked roads.',
    ).filter((e) => e.type === 'COERCE');
    expect(coerce.length).toBeLessThanOrEqual(1);
  });
  it('splits protests held in a list of towns into one event per town', () => {
    const protests = events('Rallies were also held in Sfax and Sousse on Friday.').filter((e) => e.type === 'PROTEST');
    expect(protests.map((e) => e.location?.name)).toEqual(expect.arrayContaining(['Sfax', 'Sousse']));
  });
  it('keeps a protest in one town, and one whose list only says where the marchers came from, as one event', () => {
    const one = (body: string) => events(body).filter((e) => e.type === 'PROTEST');
    expect(one('Thousands of teachers rallied in Sfax on Friday over unpaid wages.')).toHaveLength(1);
    const from = one('Teachers who had travelled from Sfax and Sousse rallied outside parliament on Friday.');
    expect(from).toHaveLength(1);
  });
  it('keeps one arrest sweep over the districts of a city as one event', () => {
    const arrests = events(
      'In Istanbul alone, 14 suspects were rounded up in dawn raids in the Esenyurt, Başakşehir and Sultanbeyli districts.',
    ).filter((e) => e.type === 'COERCE');
    expect(arrests).toHaveLength(1);
  });
});

describe('English toll sentences', () => {
  it('lends a placeless toll sentence to the attack of the sentence before', () => {
    const out = events(
      'An Israeli strike hit a building in Doha on Tuesday. Hamas said five of its members were killed, including the son of its Gaza chief.',
    ).filter((e) => e.type === 'ASSAULT');
    expect(out).toHaveLength(1);
    expect(out[0].location?.name).toBe('Doha');
    expect(out[0].killed).toBe(5);
  });
  it('leaves a toll that names its own place apart', () => {
    const out = events(
      'An Israeli strike hit a building in Doha on Tuesday. Five people were killed in Gaza City, medics said.',
    ).filter((e) => e.type === 'ASSAULT');
    expect(out.map((e) => e.location?.name)).toEqual(expect.arrayContaining(['Doha', 'Gaza']));
  });
});
