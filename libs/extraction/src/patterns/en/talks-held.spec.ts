// Talks that a deal came "after" or "following" were held (cooperative.patterns.ts): a consultation at the place of
// the deal, read like "held talks"; bare "talks" stays a possible topic.
import { DEFAULT_RESOURCES, RuleExtractor } from '../../extractor/rule-extractor';
import { assembleEvents } from '../../assemble/assemble-events';

const extractor = new RuleExtractor();
const consultations = (body: string) =>
  extractor
    .extract({ id: 't', body, language: 'en', publishedAt: '2025-10-20T00:00:00Z' })
    .filter((e) => e.type === 'CONSULT')
    .map((e) => e.location?.name ?? null);

describe('English talks a deal followed', () => {
  it.each([
    [
      "The agreement was reached in Istanbul on Sunday after talks between delegations led by Pakistan's defence minister and the Taliban's deputy interior minister.",
      'Istanbul',
    ],
    ['The deal was signed in Doha after three rounds of talks between the two sides.', 'Doha'],
  ])('reads %j as talks held', (body, place) => {
    expect(consultations(body)).toContain(place);
  });

  it('leaves talks as a topic unreported', () => {
    expect(consultations('Talks between the two sides on a ceasefire have stalled.')).toEqual([]);
  });
});

describe('English envoys in a city for talks', () => {
  const meetings = (text: string) =>
    assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES)
      .filter((d) => d.type === 'CONSULT')
      .map((d) => `${d.trigger.spec.voice} ${d.place?.name ?? '-'}`);

  it('reads the stay as talks held there, told by a verb', () => {
    expect(
      meetings(
        "The strikes came as Pakistan's special representative, Mohammad Sadiq, was in Kabul for talks with Taliban officials.",
      ),
    ).toEqual(['verb Kabul']);
  });
});
