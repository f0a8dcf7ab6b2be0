// Proves the two places that fold text outside normalizeKey agree with it: the build script's copy (every key stored
// in gazetteer.generated.json must be a fixed point of normalizeKey, or the store could never match it) and the
// table-driven tokenizer (every token key must equal normalizeKey of the token's surface).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeKey } from '@marsad/contracts';
import { tokenize } from './tokenize';

interface Generated {
  countries: [string, string, string, string, number, number, number, string[]][];
  places: [number, string, string, string, string, number, number, number, string, string[]][];
}

const data = JSON.parse(readFileSync(join(__dirname, '../data/gazetteer.generated.json'), 'utf8')) as Generated;

describe('gazetteer.generated.json', () => {
  it('has data for the deep-covered countries', () => {
    const countries = new Set(data.places.map((p) => p[3]));
    for (const cc of ['SY', 'IQ', 'YE', 'LY', 'EG', 'SA']) expect(countries.has(cc)).toBe(true);
    expect(data.countries.length).toBeGreaterThan(200);
  });

  it('stores only keys that normalizeKey leaves unchanged (the build script copy agrees with contracts)', () => {
    const bad: string[] = [];
    for (const row of data.countries) for (const k of row[7]) if (normalizeKey(k) !== k) bad.push(k);
    for (const row of data.places) for (const k of row[9]) if (normalizeKey(k) !== k) bad.push(k);
    expect(bad.slice(0, 20)).toEqual([]);
  });
});

describe('tokenize agrees with normalizeKey', () => {
  const seed = readFileSync(join(__dirname, '../../../../seeds/articles/syria-2016-aleppo-palmyra.ar.txt'), 'utf8');
  const tricky = "بِمَدِينَةِ إدلــب، وأبو ظبي; Dūmā Ma'arrat ÉCOLE ﻻ ٢٠١٥ ۱۲ پنجوین گرمیان ئاکرێ Straße İstanbul";

  it.each([
    ['seed article', seed],
    ['marks, tatweel, digits, Persian letters, accents', tricky],
  ])('%s', (_name, text) => {
    const tokens = tokenize(text);
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) expect(t.key).toBe(normalizeKey(text.slice(t.start, t.end)));
  });

  it('keeps original offsets and drops trailing marks from the span', () => {
    const text = 'في حلبٍ اليوم';
    const t = tokenize(text)[1];
    expect(t.key).toBe('حلب');
    expect(text.slice(t.start, t.end)).toBe('حلب');
  });

  it('flags capitals for English matching', () => {
    const [a, b, c] = tokenize('Aleppo UN rebels');
    expect([a.cap, a.upper, b.upper, c.cap]).toEqual([true, false, true, false]);
  });
});
