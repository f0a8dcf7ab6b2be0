import { SpanTable } from './span-table';

describe('SpanTable', () => {
  it('finds a key by a span of another text', () => {
    const t = new SpanTable<number>(100);
    t.set('حلب', 1);
    const text = 'قصف على حلب أمس';
    const start = text.indexOf('حلب');
    expect(t.getSpan(text, start, start + 3)).toBe(1);
    expect(t.getSpan(text, start, start + 2)).toBeUndefined();
    expect(t.get('حل')).toBeUndefined();
  });

  it('keeps null values apart from absent keys and replaces values', () => {
    const t = new SpanTable<string | null>(100);
    t.set('a', null);
    expect(t.get('a')).toBeNull();
    expect(t.has('a')).toBe(true);
    expect(t.has('b')).toBe(false);
    t.set('a', 'x');
    expect(t.get('a')).toBe('x');
    expect(t.size).toBe(1);
  });

  it('agrees with a Map over many colliding keys, and starts over at its limit', () => {
    const t = new SpanTable<number>(5000);
    const m = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const k = `w${(i * 7919) % 3001}`;
      t.set(k, i);
      m.set(k, i);
    }
    for (const [k, v] of m) expect(t.get(k)).toBe(v);
    expect(t.size).toBe(m.size);
    const small = new SpanTable<number>(3);
    ['a', 'b', 'c', 'd'].forEach((k, i) => small.set(k, i));
    expect(small.size).toBe(1);
    expect(small.get('d')).toBe(3);
    expect(small.get('a')).toBeUndefined();
  });
});
