// English wire copy recall: lexicon phrasing of 2024–26 wire reports, datelines of bureaus the story never returns
// to, "Kazan, Russia" qualifiers, speech venues, and distinct acts of one article kept apart when merging.
import { DEFAULT_RESOURCES } from '../extractor/rule-extractor';
import { findPlaces } from '../gazetteer';
import { triggerIndex } from '../patterns/lexicon';
import { matchTriggers } from '../patterns/match-triggers';
import { tokenize } from '../text/tokenize';
import { assembleEvents } from './assemble-events';
import type { DraftEvent, PlaceLike } from './assemble.types';
import { isDescriptor } from './places/location-cues';
import { mergeEvents } from './merge/merge-events';

const typesOf = (text: string) => {
  const index = triggerIndex('en');
  if (!index) throw new Error('no English lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};
const drafts = (text: string) => assembleEvents({ text, language: 'en' }, DEFAULT_RESOURCES);

describe('English wire phrasing (recall)', () => {
  it.each([
    ['Israel reserves the right to resume the war.', 'THREATEN'],
    ['The ministry said the act will not go unanswered.', 'THREATEN'],
    ['Pakistan said diverting its water would be considered an act of war.', 'THREATEN'],
    ['Moscow called the European move null and void.', 'REJECT'],
    ['He dismissed the UN criticism.', 'REJECT'],
    ['The presidency called the operation a dangerous escalation.', 'ACCUSE'],
    ['The rights office said it was appalled by the attack.', 'ACCUSE'],
    ['The United States suspended its strategic partnership with Georgia.', 'SANCTION'],
    ['Pakistan suspended all trade with India.', 'SANCTION'],
    ['The council agreed to reopen the crossing for three months.', 'CONCEDE'],
    ['Egypt has delivered weapons and ammunition to Somalia.', 'AID'],
    ['Rubio spoke with Rwandan President Paul Kagame.', 'CONSULT'],
    ['Poland scrambled Polish and allied aircraft.', 'MOBILIZE'],
    ['The government invoked Article 245 to call in the army.', 'MOBILIZE'],
    ['Air defence was put on the highest readiness.', 'MOBILIZE'],
    ['The military issued new evacuation orders for eastern Khan Younis.', 'COERCE'],
    ['Pakistani nationals were ordered to leave India within 48 hours.', 'COERCE'],
    ['Police fired tear gas to disperse hundreds of protesters.', 'COERCE'],
    ['Troops rescued 17 of the hostages after a gunfight in the forest.', 'ASSAULT'],
    ['The area has seen repeated gunfights between rival gangs.', 'ASSAULT'],
  ])('reads %j as %s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });
});

describe('English places', () => {
  it('takes the country written after a name ("Kazan, Russia")', () => {
    const text =
      'Erdogan, speaking in Kazan, Russia, condemned the attack on Turkey. Turkey and Turkish officials said so.';
    expect(findPlaces(text, { language: 'en' }).find((p) => p.surface === 'Kazan')?.place.country).toBe('RU');
  });

  it('knows Geneva as the Swiss city, but not in the Geneva Conventions', () => {
    expect(findPlaces('Talks opened in Geneva on Wednesday.', { language: 'en' })[0]?.place.country).toBe('CH');
    const conventions = findPlaces('It was a breach of the Geneva Conventions.', { language: 'en' });
    expect(conventions.some((p) => p.surface === 'Geneva')).toBe(false);
  });

  it('places Houla and the Allenby Bridge of recent wire copy', () => {
    const text = 'Israeli fire killed a man in Houla in south Lebanon. A gunman opened fire at the Allenby Bridge.';
    const found = findPlaces(text, { language: 'en' });
    expect(found.find((p) => p.surface === 'Houla')?.place.country).toBe('LB');
    expect(found.some((p) => p.surface === 'Allenby Bridge')).toBe(true);
  });

  it('reads "told reporters in Geneva" as where a statement was made, not a scene', () => {
    const tokens = tokenize('a spokesman told reporters in Geneva');
    const first = tokens.findIndex((t) => t.surface === 'Geneva');
    const place = { first, end: first + 1, start: 0, stop: 0, surface: 'Geneva', value: {} as PlaceLike };
    expect(isDescriptor(tokens, place, 0)).toBe(true);
  });
});

describe('English datelines of a bureau', () => {
  const text =
    "BANGKOK (AP) — Myanmar's military government announced a temporary ceasefire on Wednesday. Aid flights landed in Yangon and Mandalay.";

  it('does not place the lead at a filing city whose country the story never names', () => {
    const ceasefire = drafts(text).find((d) => d.type === 'RETREAT');
    expect(ceasefire?.place?.name).not.toBe('Bangkok');
    expect(ceasefire?.place?.country).toBe('MM');
  });

  it('keeps the dateline when the story is about its country', () => {
    const local = 'BANGKOK (AP) — Police detained 20 protesters on Monday. Thailand has seen months of unrest.';
    expect(drafts(local).find((d) => d.type === 'COERCE')?.place?.name).toBe('Bangkok');
  });
});

describe('English acts kept apart when merging', () => {
  const base = (type: DraftEvent['type'], mode: string, sentence: number, text: string, start: number): DraftEvent =>
    ({
      type,
      mode,
      actor: null,
      actorSurface: null,
      target: null,
      targetSurface: null,
      place: null,
      date: null,
      killed: null,
      injured: null,
      size: null,
      negated: false,
      backref: false,
      attribution: null,
      evidence: { text, start, end: start + text.length },
      confidence: 0.7,
      trigger: {
        spec: {
          type,
          mode,
          voice: 'verb',
          weight: 0.8,
          words: [],
          killing: false,
          notBefore: [],
          notAfter: [],
          phrase: '',
        },
        first: 0,
        end: 1,
        start,
        stop: start + 1,
      },
      sentence,
      trace: {
        trigger: '',
        pattern: '',
        voice: 'verb',
        actorRule: null,
        placeRule: null,
        countCues: [],
        cues: [],
        merged: 1,
      },
    }) as DraftEvent;
  const macron = { id: 'person:macron', name: 'Emmanuel Macron', kind: 'person', country: 'FR' } as DraftEvent['actor'];

  it('keeps an arrest and a state of emergency of two sentences apart', () => {
    const curfew = base('COERCE', 'curfew', 0, 'France declared a state of emergency.', 0);
    const arrest = base('COERCE', 'arrest', 1, 'He said 206 people had been arrested.', 40);
    expect(mergeEvents([curfew, arrest])).toHaveLength(2);
  });

  it('keeps a statement of an unread speaker apart from a named one', () => {
    const call = { ...base('REQUEST', 'call', 0, 'President Emmanuel Macron called for calm.', 0), actor: macron };
    const appeal = base('REQUEST', 'call', 1, 'The FLNKS appealed to young people to go home.', 50);
    expect(mergeEvents([call, appeal])).toHaveLength(2);
  });

  it('still merges Arabic mentions of one act', () => {
    const a = base('COERCE', 'curfew', 0, 'فرضت السلطات حظر التجول', 0);
    const b = base('COERCE', 'arrest', 1, 'واعتقلت الشرطة عشرين شخصا', 40);
    expect(mergeEvents([a, b])).toHaveLength(1);
  });
});
