// Repeated meetings of one actor pair in one article are one happening, keeping the most specific venue.
import type { ActorLike, DraftEvent, PlaceLike } from '../assemble.types';
import { mergeEvents } from './merge-events';

const place = (id: string, kind: PlaceLike['kind'], lat: number): PlaceLike => ({
  id,
  name: id,
  nameAr: id,
  country: 'XX',
  admin1: null,
  lat,
  lon: 40,
  population: 1000,
  kind,
  geonameId: null,
});
const actor = (id: string): ActorLike => ({ id, name: id, kind: 'state', country: null });
const city = place('city', 'city', 20);
const capital = place('capital', 'city', 30);
const country = place('country', 'country', 25);

function meeting(at: number, extra: Partial<DraftEvent>): DraftEvent {
  const text = 'met';
  const spec = { type: 'CONSULT', mode: 'meet', voice: 'verb', weight: 0.6, words: [text], killing: false };
  return {
    type: 'CONSULT',
    mode: 'meet',
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
    evidence: { text, start: at, end: at + text.length },
    confidence: 0.7,
    trigger: {
      spec: { ...spec, notBefore: [], notAfter: [], phrase: text },
      first: 0,
      end: 1,
      start: at,
      stop: at + 3,
    },
    sentence: 0,
    trace: {
      trigger: text,
      pattern: text,
      voice: 'verb',
      actorRule: null,
      placeRule: null,
      countCues: [],
      cues: [],
      merged: 1,
    },
    ...extra,
  } as DraftEvent;
}

describe('repeated meetings', () => {
  it('merges meetings of one pair at two venues, keeping the most specific one', () => {
    const a = meeting(0, { actor: actor('A'), target: actor('B'), place: country });
    const b = meeting(100, { actor: actor('B'), target: actor('A'), place: city });
    const merged = mergeEvents([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0].place?.id).toBe('city');
  });
  it('merges meetings of one actor with no counterpart, and folds an anonymous mention into the only meeting', () => {
    const a = meeting(0, { actor: actor('A'), place: city });
    const b = meeting(100, { actor: actor('A'), place: capital });
    const c = meeting(200, { place: capital });
    const merged = mergeEvents([a, b, c]);
    expect(merged).toHaveLength(1);
    expect(merged[0].place?.id).toBe('city');
  });
  it('keeps a meeting told after a turn to another matter apart, while a plain repeat still joins it', () => {
    const told = (at: number, text: string, extra: Partial<DraftEvent> = {}) => {
      const m = meeting(at, { actor: actor('A'), place: city, ...extra });
      return { ...m, evidence: { text, start: at, end: at + text.length } };
    };
    const first = told(0, 'التقى الأمير في جدة أمس الرئيس الشيشاني.');
    const repeat = told(100, 'وجرى خلال اللقاء بحث عدد من المسائل.', { place: null, backref: true });
    const second = told(200, 'من جهة ثانية اجتمع الأمير في جدة مساء أمس مع رئيس الحزب.');
    const again = told(300, 'واجتمع الأمير في جدة مع الوفد.');
    expect(mergeEvents([first, repeat, second])).toHaveLength(2);
    expect(mergeEvents([first, repeat, again])).toHaveLength(1);
  });
  it('keeps meetings of different pairs apart', () => {
    const a = meeting(0, { actor: actor('A'), target: actor('B'), place: city });
    const b = meeting(100, { actor: actor('A'), target: actor('C'), place: capital });
    expect(mergeEvents([a, b])).toHaveLength(2);
  });
});

describe('repeated signings', () => {
  const signing = (at: number, extra: Partial<DraftEvent>) => meeting(at, { type: 'AGREE', mode: 'sign', ...extra });
  const abroad: PlaceLike = { ...place('abroad', 'city', 45), country: 'YY' };
  it("merges a signing placed by the signer's country with its restatement at a venue abroad", () => {
    const a = signing(0, { actor: actor('A'), place: country });
    const b = signing(100, { actor: actor('A'), place: abroad });
    const merged = mergeEvents([a, b]);
    expect(merged).toHaveLength(1);
    expect(merged[0].place?.id).toBe('abroad');
  });
  it('keeps signings of different pairs, and agreements that are no signing, apart', () => {
    const a = signing(0, { actor: actor('A'), target: actor('B'), place: country });
    const b = signing(100, { actor: actor('A'), target: actor('C'), place: abroad });
    expect(mergeEvents([a, b])).toHaveLength(2);
    const c = meeting(0, { type: 'AGREE', mode: 'agree', actor: actor('A'), place: country });
    const d = meeting(100, { type: 'AGREE', mode: 'agree', actor: actor('A'), place: abroad });
    expect(mergeEvents([c, d])).toHaveLength(2);
  });
});
