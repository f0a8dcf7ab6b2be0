import type { DraftEvent, PlaceLike, Resources } from '../assemble/assemble.types';
import { cameDuringVenues } from './came-during-venue';
import { RuleExtractor } from './rule-extractor';

const place = (id: string, name: string, country: string, kind: PlaceLike['kind'] = 'city'): PlaceLike => ({
  id,
  name,
  nameAr: null,
  country,
  admin1: null,
  lat: 21.5,
  lon: 39.2,
  population: 0,
  kind,
  geonameId: null,
});
const NAMES: [string, PlaceLike][] = [
  ['بجدة', place('jeddah', 'Jeddah', 'SA')],
  ['بالرياض', place('riyadh', 'Riyadh', 'SA')],
  ['منطقة مكة المكرمة', place('makkah-region', 'Makkah Region', 'SA', 'admin1')],
  ['المملكة', place('country:SA', 'Saudi Arabia', 'SA', 'country')],
];
const resources: Resources = {
  findPlaces: (text) =>
    NAMES.flatMap(([surface, p]) => {
      const start = text.indexOf(surface);
      return start < 0 ? [] : [{ start, end: start + surface.length, surface, place: p, confidence: 1 }];
    }),
  findActors: () => [],
};
const LEAD = 'ناقش أمير منطقة مكة المكرمة الخطط الأمنية لموسم الحج.';
const meeting = (type = 'CONSULT'): DraftEvent =>
  ({
    type,
    negated: false,
    place: null,
    evidence: { text: LEAD, start: 0, end: LEAD.length },
    trace: { placeRule: null },
  }) as unknown as DraftEvent;

describe('venues of "جاء ذلك خلال" follow-ups', () => {
  it('places talks at the town the next sentence names as the occasion', () => {
    const d = meeting();
    const text = `${LEAD} جاء ذلك خلال الاجتماع الشهري للقيادات الأمنية الذي ترأسه في مكتبه بجدة أول من أمس.`;
    cameDuringVenues([d], text, 'ar', resources);
    expect(d.place?.name).toBe('Jeddah');
  });
  it('reads no venue from a statement or a cause, nor from a sentence further on', () => {
    for (const next of [
      ' جاء ذلك في بيان صدر بجدة.',
      ' جاء ذلك بعد اجتماع بجدة.',
      ' وأكد الأمير أهمية الخطط. جاء ذلك خلال زيارته بجدة.',
    ]) {
      const d = meeting();
      cameDuringVenues([d], LEAD + next, 'ar', resources);
      expect(d.place).toBeNull();
    }
  });
  it('leaves it when the follow-up names two towns, and leaves a material happening', () => {
    const d = meeting();
    cameDuringVenues([d], `${LEAD} جاء ذلك خلال اجتماع بجدة حضره وفد بالرياض.`, 'ar', resources);
    expect(d.place).toBeNull();
    const raid = meeting('COERCE');
    cameDuringVenues([raid], `${LEAD} جاء ذلك خلال حملة بجدة.`, 'ar', resources);
    expect(raid.place).toBeNull();
  });
});

describe('venues of "جاء ذلك خلال" follow-ups in the extractor', () => {
  it("places the prince's talks at Jeddah, named only in the follow-up", () => {
    const body =
      'ناقش مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة الأمير خالد الفيصل الخطط المستقبلية التي تعمل عليها الجهات الأمنية تزامنا مع قرب موسم الحج.\n' +
      'جاء ذلك خلال الاجتماع الشهري للقيادات الأمنية بمنطقة مكة المكرمة الذي ترأسه الأمير خالد الفيصل في مكتبه بجدة أول من أمس.';
    const talks = new RuleExtractor({ minConfidence: 0 })
      .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-31T10:00:00Z' })
      .filter((e) => e.type === 'CONSULT');
    expect(talks.map((e) => e.location?.name)).toEqual(['Jeddah']);
  });
});
