import type { DraftEvent, PlaceLike, Resources } from '../assemble/assemble.types';
import { storyCities } from './story-city';
import { RuleExtractor } from './rule-extractor';

const place = (id: string, name: string, country: string, kind: PlaceLike['kind'] = 'city'): PlaceLike => ({
  id,
  name,
  nameAr: null,
  country,
  admin1: null,
  lat: 15,
  lon: 32,
  population: 0,
  kind,
  geonameId: null,
});
const sudan = place('country:SD', 'Sudan', 'SD', 'country');
const khartoum = place('khartoum', 'Khartoum', 'SD');
const omdurman = place('omdurman', 'Omdurman', 'SD');
const NAMES: [string, PlaceLike][] = [
  ['الخرطوم', khartoum],
  ['أم درمان', omdurman],
  ['السودان', sudan],
];
const resources: Resources = {
  findPlaces: (text) =>
    NAMES.flatMap(([surface, p]) => {
      const start = text.indexOf(surface);
      return start < 0 ? [] : [{ start, end: start + surface.length, surface, place: p, confidence: 1 }];
    }),
  findActors: () => [],
};
const event = (type: string, start: number, placeRule: string): DraftEvent =>
  ({
    type,
    place: sudan,
    evidence: { text: '', start, end: start + 10 },
    trace: { placeRule },
  }) as unknown as DraftEvent;
const BODY = 'أوقفت السلطات السودانية المدعو عمر. وذلك عقب اعتقال منظر التيار الجهادي في السودان.';
const at = BODY.indexOf('وذلك');

describe('story cities', () => {
  it('places an arrest a fallback put in Sudan at the one Sudanese city the title names', () => {
    const d = event('COERCE', at, 'country fallback');
    storyCities([d], BODY, 'الخرطوم توقف زعيم الدواعش', 'ar', resources);
    expect(d.place?.name).toBe('Khartoum');
  });
  it('takes a city the text names before the event', () => {
    const d = event('COERCE', BODY.length, 'home forces country');
    storyCities([d], `${BODY} ونقل إلى الخرطوم.`, undefined, 'ar', resources);
    expect(d.place?.name).toBe('Sudan');
    storyCities([d], `وصل إلى الخرطوم. ${BODY}`, undefined, 'ar', resources);
    expect(d.place?.name).toBe('Khartoum');
  });
  it('keeps the country when two cities of it are named', () => {
    const d = event('COERCE', at, 'country fallback');
    storyCities([d], `اشتباكات في أم درمان. ${BODY}`, 'الخرطوم توقف زعيم الدواعش', 'ar', resources);
    expect(d.place?.name).toBe('Sudan');
  });
  it('keeps a country read in the sentence itself, and a statement', () => {
    const own = event('COERCE', at, 'nearest in clause');
    const said = event('ACCUSE', at, 'country fallback');
    storyCities([own, said], BODY, 'الخرطوم توقف زعيم الدواعش', 'ar', resources);
    expect([own.place?.name, said.place?.name]).toEqual(['Sudan', 'Sudan']);
  });
});

describe('story cities in the extractor', () => {
  it('reads the title: an arrest a fallback put in Sudan happened in Khartoum', () => {
    const body =
      'أوقفت السلطات السودانية المدعو عمر عبدالخالق، الذي أعلن مبايعته لتنظيم داعش. وذلك عقب اعتقال منظر التيار الجهادي في السودان مساعد السديرة.';
    const input = { id: 't', body, language: 'ar', publishedAt: '2015-08-04T10:00:00Z' };
    const coerce = (title?: string) =>
      new RuleExtractor({ minConfidence: 0 })
        .extract({ ...input, title })
        .filter((e) => e.type === 'COERCE')
        .map((e) => e.location?.name);
    expect(coerce()).not.toContain('Khartoum');
    expect(coerce('الخرطوم توقف زعيم الدواعش')).toContain('Khartoum');
  });
});
