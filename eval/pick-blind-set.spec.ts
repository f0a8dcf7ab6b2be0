import { isEventRich, mulberry32, pickBlindSet, shuffle, type CorpusDay } from './pick-blind-set';

describe('isEventRich', () => {
  it('counts three different event words with their clitics and the ة/ات/ت ending', () => {
    expect(isEventRich('', 'وقتلهم المسلحون بعد الاشتباكات ثم وصلت المساعدات')).toBe(true);
    expect(isEventRich('التظاهرات', 'والزيارات ولاتفاقهم')).toBe(true);
    expect(isEventRich('مؤتمر', 'سيطالب الوزير بالدعم')).toBe(false);
  });

  it('does not count a word inside a longer one, nor the same word twice', () => {
    expect(isEventRich('', 'المقتلعون المهاجمون الاقتصاد')).toBe(false);
    expect(isEventRich('قصف', 'القصف وقصفها')).toBe(false);
  });
});

describe('pickBlindSet', () => {
  const body = (n: number, rich: boolean) => `${rich ? 'قتل وهجوم واعتقال' : 'افتتاح معرض'} ${'نص '.repeat(50)}${n}`;
  const days: CorpusDay[] = ['d1', 'd2', 'd3'].map((file, d) => ({
    file,
    articles: Array.from({ length: 12 }, (_, i) => ({ content: body(d * 100 + i, i % 2 === 0) })),
  }));

  it('takes 12 event-rich articles round-robin by day, then 8 others, the same for the same seed', () => {
    const a = pickBlindSet(7, days, new Set(), new Set());
    expect(a).toEqual(pickBlindSet(7, days, new Set(), new Set()));
    expect(a.eligible).toBe(36);
    expect(a.eventRich).toBe(18);
    expect(a.picks.slice(0, 12).every((p) => p.rich)).toBe(true);
    expect(a.picks.slice(0, 3).map((p) => p.file)).toEqual(['d1', 'd2', 'd3']);
    expect(a.picks).toHaveLength(20);
    expect(new Set(a.picks.map((p) => `${p.file}#${p.index}`)).size).toBe(20);
  });

  it('leaves out gold articles, too short or too long ones, and repeated content', () => {
    const more: CorpusDay[] = [
      ...days,
      { file: 'd4', articles: [{ content: 'قصير' }, { content: days[0].articles[0].content }] },
    ];
    const gold = days[1].articles[2].content ?? '';
    const r = pickBlindSet(7, more, new Set(['d1#4']), new Set([gold]));
    expect(r.eligible).toBe(34);
    expect(r.picks.some((p) => p.file === 'd4' || (p.file === 'd1' && p.index === 4))).toBe(false);
  });
});

describe('shuffle', () => {
  it('is Fisher-Yates over one seeded stream', () => {
    expect(shuffle([1, 2, 3, 4, 5], mulberry32(41)).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(shuffle([1, 2, 3, 4, 5], mulberry32(41))).toEqual(shuffle([1, 2, 3, 4, 5], mulberry32(41)));
  });
});
