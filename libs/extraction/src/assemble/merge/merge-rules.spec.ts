import type { DraftEvent, PlaceLike } from '../assemble.types';
import { mergeEvents } from './merge-events';
import { absorbCounts, announcesAnother, modesCompatible, opensSeparately } from './merge-rules';

const taiz: PlaceLike = {
  id: 'taiz',
  name: 'Taiz',
  nameAr: 'تعز',
  country: 'YE',
  admin1: null,
  lat: 13.58,
  lon: 44.02,
  population: 600000,
  kind: 'city',
  geonameId: null,
};

/** A draft whose trigger is the word `word` inside the clause `text` starting at character `at`. */
function draft(
  text: string,
  word: string,
  mode: string | null,
  at: number,
  extra: Partial<DraftEvent> = {},
): DraftEvent {
  const start = at + text.indexOf(word);
  return {
    type: 'ASSAULT',
    mode,
    actor: null,
    actorSurface: null,
    target: null,
    targetSurface: null,
    place: taiz,
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
      spec: {
        type: 'ASSAULT',
        mode,
        voice: 'noun',
        weight: 0.8,
        words: [word],
        killing: mode === 'killing',
        notBefore: [],
        notAfter: [],
        phrase: word,
      },
      first: 0,
      end: 1,
      start,
      stop: start + word.length,
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

describe('merge rules', () => {
  it('keeps shelling and clashes at one place apart, but lets a bare killing join either', () => {
    const shelling = draft('قصف على أحياء تعز', 'قصف', 'heavy-weapons', 0, { killed: 2 });
    const clashes = draft('مواجهات في تعز', 'مواجهات', 'armed-clash', 100, { killed: 13 });
    expect(modesCompatible(shelling, clashes)).toBe(false);
    expect(modesCompatible(shelling, draft('مقتل 3 في تعز', 'مقتل', 'killing', 200))).toBe(true);
    const merged = mergeEvents([shelling, clashes]);
    expect(merged.map((e) => e.killed)).toEqual([2, 13]);
  });
  it('merges repeats of one happening', () => {
    const lead = draft('قصف على تعز يقتل 5', 'قصف', 'heavy-weapons', 0, { killed: 5 });
    const later = draft('وكان القصف المدفعي على تعز', 'القصف', 'heavy-weapons', 300);
    expect(mergeEvents([lead, later])).toHaveLength(1);
  });
  it('reads "another attack" / "a second strike" as a further happening', () => {
    expect(announcesAnother(draft('استهدف هجوم آخر بسيارة مفخخة حاجزا', 'هجوم', null, 50))).toBe(true);
    expect(announcesAnother(draft('A second strike hit a house', 'strike', 'aerial', 0))).toBe(true);
    expect(announcesAnother(draft('The strike hit a house', 'strike', 'aerial', 0))).toBe(false);
    expect(announcesAnother(draft('مقتل شخص آخر', 'مقتل', 'killing', 0))).toBe(false);
    const first = draft('هجوم على حاجز في تعز', 'هجوم', null, 0, { killed: 3 });
    const second = draft('هجوم آخر على حاجز في تعز', 'هجوم', null, 100);
    expect(mergeEvents([first, second])).toHaveLength(2);
  });
  it('reads "اشتباكات مماثلة" (similar clashes) as a further happening with its own toll', () => {
    expect(announcesAnother(draft('ودارت اشتباكات مماثلة في قرية مجاورة', 'اشتباكات', 'armed-clash', 0))).toBe(true);
    expect(announcesAnother(draft('وقع هجوم مشابه على حاجز', 'هجوم', null, 0))).toBe(true);
    const first = draft('اشتباكات في تعز قتل فيها 11', 'اشتباكات', 'armed-clash', 0, { killed: 11 });
    const similar = draft('كما وقعت اشتباكات مماثلة شمال تعز قتل فيها 15', 'اشتباكات', 'armed-clash', 100, {
      killed: 15,
    });
    expect(mergeEvents([first, similar]).map((e) => e.killed)).toEqual([11, 15]);
  });
  it("keeps one side's shelling apart from air strikes at the same place", () => {
    const houthis = { id: 'group:houthis', name: 'Houthis', kind: 'armed_group', country: 'YE' };
    const shelling = draft('قصف الحوثيون أحياء تعز بالهاون', 'قصف', 'heavy-weapons', 0, { actor: houthis, killed: 6 });
    const raids = draft('وشنت الطائرات غارات على مواقع في تعز', 'غارات', 'aerial', 100, { killed: 4 });
    expect(modesCompatible(shelling, raids)).toBe(false);
    expect(mergeEvents([shelling, raids]).map((e) => e.killed)).toEqual([6, 4]);
    const drone = draft('غارة لطائرة مسيرة على تعز', 'غارة', 'drone', 200);
    expect(modesCompatible(raids, drone)).toBe(true);
  });
  it('lets a running total replace a partial toll, and otherwise keeps the first figure', () => {
    const into = draft('مقتل 5', 'مقتل', 'killing', 0, { killed: 5 });
    absorbCounts(
      into,
      draft('ارتفع عدد القتلى إلى 9', 'القتلى', 'killing', 50, { killed: 9, killedTotal: true }),
      false,
    );
    expect(into.killed).toBe(9);
    absorbCounts(into, draft('مقتل 3', 'مقتل', 'killing', 90, { killed: 3 }), false);
    expect(into.killed).toBe(9);
  });
  it('keeps a happening its own toll when a summary clause with several triggers joins it', () => {
    const yemen: PlaceLike = { ...taiz, id: 'ye', name: 'Yemen', kind: 'country', lat: 15.5, lon: 47.5 };
    const summary = 'قتل 30 شخصا في سلسلة هجمات في اليمن';
    const lead = draft(summary, 'قتل', 'killing', 0, { killed: 30, place: yemen });
    const leadAttacks = draft(summary, 'هجمات', null, 0, { killed: 30, place: yemen });
    const bombing = draft('انفجرت سيارة في تعز ما أدى إلى مقتل 19', 'انفجرت', 'explosives', 100, { killed: 19 });
    const merged = mergeEvents([lead, leadAttacks, bombing]);
    expect(merged.map((e) => e.killed)).toEqual([19]);
  });
  it('keeps a clause opened by "Separately," / "وفي هجوم آخر" apart from an earlier happening of the same actor', () => {
    const coalition = { id: 'mil:coalition', name: 'coalition', kind: 'military', country: 'SA' };
    expect(opensSeparately(draft('Separately, a jet hit a school in Taiz', 'hit', 'aerial', 0))).toBe(true);
    expect(opensSeparately(draft('In another attack, jets bombed a bridge', 'bombed', 'aerial', 0))).toBe(true);
    expect(opensSeparately(draft('وفي حادث منفصل، قصفت الطائرات سوقا', 'قصفت', 'aerial', 0))).toBe(true);
    expect(opensSeparately(draft('The jets hit a school in Taiz again', 'hit', 'aerial', 0))).toBe(false);
    expect(opensSeparately(draft('Hours earlier, a drone struck a car in Taiz', 'struck', 'aerial', 0))).toBe(true);
    expect(opensSeparately(draft('Later in the day, troops opened fire in Taiz', 'fire', 'firearms', 0))).toBe(true);
    expect(opensSeparately(draft('Earlier on Sunday, jets hit a depot in Taiz', 'hit', 'aerial', 0))).toBe(true);
    expect(opensSeparately(draft('The strike came hours after talks in Taiz', 'strike', 'aerial', 0))).toBe(false);
    const lead = draft('غارة للتحالف على مخزن في تعز', 'غارة', 'aerial', 0, { actor: coalition, killed: 4 });
    const other = draft('وفي هجوم آخر، قصفت طائرات التحالف سوقا في تعز', 'قصفت', 'aerial', 100, {
      actor: coalition,
      killed: 9,
    });
    expect(mergeEvents([lead, other]).map((e) => e.killed)).toEqual([4, 9]);
  });
  it('keeps a use of force told after a turn to another matter ("من ناحية ثانية"، "من جهة أخرى") apart', () => {
    const group = { id: 'group:x', name: 'group', kind: 'armed_group', country: null };
    expect(opensSeparately(draft('من ناحية ثانية، أعدم المسلحون رجلا في تعز', 'أعدم', 'execute', 0))).toBe(true);
    expect(opensSeparately(draft('ومن جهة أخرى قصفت المدفعية حيا في تعز', 'قصفت', 'heavy-weapons', 0))).toBe(true);
    expect(opensSeparately(draft('وفي تطور آخر، انفجرت عبوة في تعز', 'انفجرت', 'explosives', 0))).toBe(true);
    expect(opensSeparately(draft('من جانب آخر دمرت القوات مقرا في تعز', 'دمرت', null, 0))).toBe(true);
    // A clash between two sides "من جهة ... من جهة أخرى" does not open with the turn.
    expect(opensSeparately(draft('اشتباكات بين الجيش من جهة والمسلحين من جهة أخرى', 'اشتباكات', null, 0))).toBe(false);
    // Statements and arrests often go on about the same act after the turn.
    const speech = { ...draft('من جهة أخرى، طالب الوزير بالتهدئة', 'طالب', 'call', 0), type: 'REQUEST' as const };
    expect(opensSeparately(speech)).toBe(false);
    const lead = draft('فجر مسلح نفسه في تعز فقتل 12', 'فجر', null, 0, { actor: group, killed: 12 });
    const other = draft('من ناحية ثانية، أعدم التنظيم إماما في تعز', 'أعدم', null, 100, { actor: group, killed: 1 });
    expect(mergeEvents([lead, other]).map((e) => e.killed)).toEqual([12, 1]);
  });
  it('keeps two tolls dated to different days apart, but lets a dated running total join', () => {
    const dated = (date: string) => ({
      date,
      signals: { sentenceTokens: 9, quoted: false, clauseTriggers: 1, dated: true },
    });
    const friday = draft('مساء الجمعة قتل 6 في تعز', 'قتل', 'killing', 0, { killed: 6, ...dated('2015-07-17') });
    const saturday = draft('صباح السبت قتل 2 في تعز', 'قتل', 'killing', 100, { killed: 2, ...dated('2015-07-18') });
    expect(mergeEvents([friday, saturday]).map((e) => e.killed)).toEqual([6, 2]);
    const total = draft('ارتفع السبت عدد القتلى في تعز إلى 8', 'القتلى', 'killing', 200, {
      killed: 8,
      killedTotal: true,
      ...dated('2015-07-18'),
    });
    expect(mergeEvents([friday, total]).map((e) => e.killed)).toEqual([8]);
  });
  it('lets a toll whose day dates the statement ("said on Wednesday that 13 had been killed") join the happening', () => {
    const signals = { sentenceTokens: 9, quoted: false, clauseTriggers: 1, dated: true };
    const tuesday = draft('Police opened fire in Taiz on Tuesday, killing five', 'killing', 'killing', 0, {
      killed: 5,
      date: '2024-06-25',
      signals,
    });
    const said = draft('The commission said on Wednesday that 13 people had been killed', 'killed', 'killing', 100, {
      killed: 13,
      date: '2024-06-26',
      signals: { ...signals, statementDated: true },
    });
    expect(mergeEvents([tuesday, said]).map((e) => e.killed)).toEqual([5]);
    expect(mergeEvents([tuesday, { ...said, signals }]).map((e) => e.killed)).toEqual([5, 13]);
  });
  it('keeps a kidnapping apart from a shelling at the same place', () => {
    const shelling = draft('قصف بالهاون على تعز', 'قصف', 'heavy-weapons', 0, { killed: 10 });
    const kidnapping = draft('مسلحون خطفوا 13 رجلا في تعز', 'خطفوا', 'abduct', 100);
    expect(modesCompatible(shelling, kidnapping)).toBe(false);
    expect(mergeEvents([shelling, kidnapping])).toHaveLength(2);
  });
  it('keeps gunfire at a checkpoint apart from a bomb at the same place, and with the clash it belongs to', () => {
    const bomb = draft('قنبلة انفجرت أسفل حافلة ركاب في صنعاء', 'انفجرت', 'explosives', 0, { killed: 3 });
    const clash = draft('اشتباكات بين مواطنين ونقطة مسلحة', 'اشتباكات', 'armed-clash', 100);
    const fire = draft('النقطة أطلقت الرصاص بشكل عشوائي على المواطنين', 'الرصاص', 'firearms', 200, { killed: 4 });
    expect(modesCompatible(bomb, fire)).toBe(false);
    expect(mergeEvents([bomb, clash, fire]).map((e) => e.killed)).toEqual([3, 4]);
  });
  it('lists happenings in the order the article first tells them, not where their best evidence sits', () => {
    const sanaa: PlaceLike = { ...taiz, id: 'sanaa', name: 'Sanaa', lat: 15.35, lon: 44.2 };
    const bus = draft('انفجار حافلة في تعز', 'انفجار', 'explosives', 0, { killed: 3, confidence: 0.5 });
    const checkpoint = draft('اشتباك عند نقطة في صنعاء', 'اشتباك', 'armed-clash', 100, { place: sanaa, killed: 4 });
    const link = draft('رابط الخبر: انفجار في تعز', 'انفجار', 'explosives', 300, { confidence: 0.9 });
    const merged = mergeEvents([bus, checkpoint, link]);
    expect(merged.map((e) => e.killed)).toEqual([3, 4]);
    expect(merged[0].evidence.start).toBe(300);
  });
  it('adds up the figures of one clause', () => {
    const a = draft('مقتل 8 ومقتل 7 في مواجهات', 'مقتل', 'killing', 0, { killed: 8 });
    const b = draft('مقتل 8 ومقتل 7 في مواجهات', 'مواجهات', 'armed-clash', 0, { killed: 15 });
    expect(mergeEvents([a, b]).map((e) => e.killed)).toEqual([15]);
  });
});
