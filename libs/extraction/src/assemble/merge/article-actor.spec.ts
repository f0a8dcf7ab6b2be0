import type { ActorLike, DraftEvent, PlaceLike } from '../assemble.types';
import { STORY_DOER_RULE, inferArticleActors, lendSiblingTolls } from './article-actor';

const place = (id: string): PlaceLike => ({
  id,
  name: id,
  nameAr: null,
  country: 'YE',
  admin1: null,
  lat: 13,
  lon: 44,
  population: 1000,
  kind: 'city',
  geonameId: null,
});
const army: ActorLike = { id: 'army', name: 'Army', kind: 'military', country: 'YE' };
const rebels: ActorLike = { id: 'rebels', name: 'Rebels', kind: 'rebels', country: 'YE' };

/** A merged happening read from a made-up clause at character `at`. */
function ev(word: string, at: number, extra: Partial<DraftEvent> = {}): DraftEvent {
  const type = extra.type ?? 'ASSAULT';
  return {
    type,
    mode: null,
    actor: null,
    actorSurface: null,
    target: null,
    targetSurface: null,
    place: place('a'),
    date: null,
    killed: null,
    injured: null,
    size: null,
    negated: false,
    backref: false,
    attribution: null,
    evidence: { text: word, start: at, end: at + word.length },
    confidence: 0.7,
    trigger: {
      spec: {
        type,
        mode: null,
        voice: 'noun',
        weight: 0.8,
        words: [word],
        killing: false,
        notBefore: [],
        notAfter: [],
        phrase: word,
      },
      first: 0,
      end: 1,
      start: at,
      stop: at + word.length,
    },
    sentence: 0,
    trace: {
      trigger: word,
      pattern: word,
      voice: 'noun',
      actorRule: null,
      placeRule: null,
      countCues: [],
      cues: [],
      merged: 1,
    },
    ...extra,
  };
}

describe('inferArticleActors', () => {
  it('takes the doer of the earlier happening of the same type at the same place', () => {
    const out = inferArticleActors([ev('قصف', 0, { actor: rebels }), ev('اشتباكات', 50)]);
    expect(out[1].actor).toBe(rebels);
    expect(out[1].trace.actorRule).toBe('earlier happening at the place');
  });

  it('falls back to the one armed actor of an Arabic article, never to a side that was hit', () => {
    const lone = inferArticleActors([ev('قصف', 0, { actor: army }), ev('تعزيزات', 50, { place: place('b') })]);
    expect(lone[1].actor).toBe(army);
    const hit = inferArticleActors([
      ev('قصف', 0, { actor: army }),
      ev('كمين', 50, { place: place('b'), target: army }),
    ]);
    expect(hit[1].actor).toBeNull();
  });

  it('gives an agentless Arabic air strike the one doer of the article’s air strikes', () => {
    const coalition: ActorLike = { id: 'coalition', name: 'Coalition', kind: 'military', country: 'SA' };
    const out = inferArticleActors([
      ev('غارات', 0, { actor: coalition, mode: 'aerial' }),
      ev('قصف', 20, { actor: rebels, place: place('c') }),
      ev('غارات', 50, { mode: 'aerial', place: place('b') }),
    ]);
    expect(out[2].actor).toBe(coalition);
    expect(out[2].trace.actorRule).toBe('air force of the article');
  });

  it('lets the bomber read from the noun give way to the article’s armed group', () => {
    const bomber: ActorLike = { id: 'text:انتحاري', name: 'انتحاري', kind: 'other', country: null };
    const out = inferArticleActors([
      ev('هجوم', 0, { actor: rebels }),
      ev('انتحاري', 50, {
        actor: bomber,
        place: place('b'),
        trace: { ...ev('انتحاري', 50).trace, actorRule: 'bomber noun' },
      }),
    ]);
    expect(out[1].actor).toBe(rebels);
  });

  it('with several armed actors, goes on with the doer told last before it, else the one told next', () => {
    const two = [ev('قصف', 0, { actor: army }), ev('هجوم', 20, { actor: rebels, place: place('c') })];
    const after = inferArticleActors([...two, ev('معارك', 50, { place: place('b') })])[2];
    expect(after.actor).toBe(rebels);
    expect(after.trace.actorRule).toBe(STORY_DOER_RULE);
    // A lead that names no doer takes the doer the body names next.
    const lead = inferArticleActors([
      ev('معارك', 0, { place: place('b') }),
      ev('قصف', 10, { actor: army }),
      ev('هجوم', 20, { actor: rebels, place: place('c') }),
    ]);
    expect(lead[0].actor).toBe(army);
  });

  it('gives an agentless Arabic arrest the armed doer of the article’s earlier arrest, not its fighting side', () => {
    const seized = inferArticleActors([
      ev('اعتقال', 0, { type: 'COERCE', actor: rebels }),
      ev('اعتقل', 50, { type: 'COERCE', place: place('b') }),
    ]);
    expect(seized[1].actor).toBe(rebels);
    const fought = inferArticleActors([
      ev('قصف', 0, { actor: army }),
      ev('اعتقل', 50, { type: 'COERCE', place: place('b') }),
    ]);
    expect(fought[1].actor).toBeNull();
  });

  it('leaves the actor unknown in English', () => {
    const en = inferArticleActors([ev('shelling', 0, { actor: army }), ev('fighting', 50, { place: place('b') })]);
    expect(en[1].actor).toBeNull();
  });

  it('lends the side behind most of the article’s uses of force (three and more, a foe’s rare attack aside)', () => {
    const at = (n: number) => place(`p${n}`);
    const mostly = [
      ev('قصف', 0, { actor: army, place: at(1) }),
      ev('غارات', 10, { actor: army, place: at(2) }),
      ev('اقتحام', 20, { actor: army, place: at(3) }),
      ev('هجوم', 30, { actor: rebels, place: at(4) }),
    ];
    expect(inferArticleActors([...mostly, ev('قتل', 50, { place: place('b') })])[4].actor).toBe(army);
    const even = [
      ...mostly,
      ev('كمين', 40, { actor: rebels, place: at(5) }),
      ev('قنص', 45, { actor: rebels, place: at(6) }),
    ];
    // An even split has no main side: the agentless mention goes on with the doer told last before it.
    const split = inferArticleActors([...even, ev('قتل', 50, { place: place('b') })])[6];
    expect(split.trace.actorRule).toBe(STORY_DOER_RULE);
  });
});

describe('lendSiblingTolls', () => {
  it('gives a seizure the toll of the killing of its sentence and place', () => {
    const out = lendSiblingTolls([ev('overran', 0, { type: 'COERCE' }), ev('killing', 30, { killed: 7, injured: 2 })]);
    expect(out[0]).toMatchObject({ killed: 7, injured: 2 });
  });

  it('does not lend across sentences or places', () => {
    const out = lendSiblingTolls([
      ev('overran', 0, { type: 'COERCE' }),
      ev('killing', 30, { killed: 7, sentence: 1 }),
      ev('clashes', 60, { place: place('b'), killed: 3 }),
    ]);
    expect(out[0].killed).toBeNull();
  });
});
