// A string-keyed memo that is looked up by a span of a text (text, start, end) without slicing it: the tokenizers
// ask it once per word of every article, and a Map needs a fresh substring (allocated, then hashed by V8) for every
// ask although nearly every word has been seen before. Open addressing over a power-of-two table; callers keep the
// key string inside the value they store (a token's surface) and share it instead of slicing their own copy.

/** Low bits of the hash kept in a cell: a small integer in every V8 build (no boxed number per slot). */
const HASH_BITS = 0x3fffffff;

export class SpanTable<V> {
  /** Slot k keeps its hash bits, key and value side by side in cells 3k, 3k+1, 3k+2: a probe reads one cache line
   *  instead of one line in each of three parallel arrays (the tables are large, so most probes miss the cache). */
  private cells: (number | string | V | undefined)[];
  private mask: number;
  private count = 0;

  /** `limit`: entries kept before the table starts over (a bounded memo: rare words come and go). */
  constructor(private readonly limit: number) {
    const capacity = SpanTable.capacityFor(limit);
    this.cells = new Array<number | string | V | undefined>(capacity * 3).fill(undefined);
    this.mask = capacity - 1;
  }

  /** Smallest power of two holding `limit` entries at a load factor of at most one half. */
  private static capacityFor(limit: number): number {
    let capacity = 16;
    while (capacity < limit * 2) capacity *= 2;
    return capacity;
  }

  get size(): number {
    return this.count;
  }

  /** First cell (3 × slot) of the key spelled by text[start, end), or of the empty slot where it would go. */
  private cellOf(text: string, start: number, end: number, hash: number): number {
    const len = end - start;
    const bits = hash & HASH_BITS;
    const cells = this.cells;
    let slot = hash & this.mask;
    for (;;) {
      const at = slot * 3;
      const key = cells[at + 1] as string | undefined;
      if (key === undefined) return at;
      if (cells[at] === bits && key.length === len && SpanTable.sameChars(key, text, start, len)) return at;
      slot = (slot + 1) & this.mask;
    }
  }

  private static sameChars(key: string, text: string, start: number, len: number): boolean {
    for (let k = 0; k < len; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
    return true;
  }

  /** FNV-1a over the UTF-16 units of the span (any fixed function of the units would do). */
  static hash(text: string, start: number, end: number): number {
    let h = SpanTable.HASH_SEED;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h;
  }

  /** The hash before any unit, and one unit's step: callers scanning a word can hash it as they go. */
  static readonly HASH_SEED = 0x811c9dc5 | 0;
  static step(h: number, unit: number): number {
    return Math.imul(h ^ unit, 0x01000193);
  }

  /** The value stored for text[start, end) (undefined when absent). */
  getSpan(text: string, start: number, end: number, hash = SpanTable.hash(text, start, end)): V | undefined {
    return this.cells[this.cellOf(text, start, end, hash) + 2] as V | undefined;
  }

  get(key: string): V | undefined {
    return this.getSpan(key, 0, key.length);
  }

  has(key: string): boolean {
    return this.cells[this.cellOf(key, 0, key.length, SpanTable.hash(key, 0, key.length)) + 1] !== undefined;
  }

  /** Stores `value` for `key` (replacing a previous value); starts over when the limit is reached. */
  set(key: string, value: V): void {
    const hash = SpanTable.hash(key, 0, key.length);
    let at = this.cellOf(key, 0, key.length, hash);
    if (this.cells[at + 1] === undefined) {
      if (this.count >= this.limit) {
        this.clear();
        at = this.cellOf(key, 0, key.length, hash);
      }
      this.count++;
      this.cells[at] = hash & HASH_BITS;
      this.cells[at + 1] = key;
    }
    this.cells[at + 2] = value;
  }

  clear(): void {
    this.cells.fill(undefined);
    this.count = 0;
  }
}
