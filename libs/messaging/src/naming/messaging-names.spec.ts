import { MessagingNames, subjectMatches } from './messaging-names';

describe('MessagingNames', () => {
  it('uses bare names without a prefix', () => {
    const names = new MessagingNames('');
    expect(names.stream('articles')).toBe('ARTICLES');
    expect(names.subject('articles.ingested')).toBe('articles.ingested');
    expect(names.deadLetter('articles.ingested')).toBe('dlq.articles.ingested');
  });

  it('prefixes streams upper-case and subjects lower-case', () => {
    const names = new MessagingNames('T3F9A');
    expect(names.stream('deadLetters')).toBe('T3F9A_DEAD_LETTERS');
    expect(names.subject('events.extracted')).toBe('t3f9a.events.extracted');
    expect(names.deadLetter('events.extracted')).toBe('t3f9a.dlq.events.extracted');
    expect(names.logicalSubject('t3f9a.events.extracted')).toBe('events.extracted');
  });

  it('lists every contract stream with prefixed subjects', () => {
    const streams = new MessagingNames('T1').streams();
    expect(streams.map((s) => s.name).sort()).toEqual(['T1_ARTICLES', 'T1_CONTROL', 'T1_DEAD_LETTERS', 'T1_EVENTS']);
    expect(streams.find((s) => s.key === 'control')?.subjects).toEqual(['t1.rules.>', 't1.sources.>']);
  });

  it('finds the stream capturing a subject', () => {
    const names = new MessagingNames('T1');
    expect(names.streamFor('rules.changed').name).toBe('T1_CONTROL');
    expect(names.streamFor('dlq.articles.ingested').name).toBe('T1_DEAD_LETTERS');
    expect(() => names.streamFor('nowhere.at.all')).toThrow(/No stream/);
  });

  it('refuses prefixes that would break stream names', () => {
    expect(() => new MessagingNames('t3.f9')).toThrow(/Invalid stream prefix/);
  });

  it('refuses a physical subject from another prefix', () => {
    expect(() => new MessagingNames('A').logicalSubject('b.articles.ingested')).toThrow(/outside prefix/);
  });
});

describe('subjectMatches', () => {
  it.each([
    ['articles.>', 'articles.ingested', true],
    ['articles.>', 'articles', false],
    ['articles.*', 'articles.a.b', false],
    ['articles.*', 'articles.a', true],
    ['a.b', 'a.b', true],
    ['a.b', 'a.b.c', false],
  ])('%s vs %s -> %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});
