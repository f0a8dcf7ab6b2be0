// Prints load time and per-article matching time for the gazetteer and the actor dictionary (not a test: timings
// vary by machine). Run: node -r ./scripts/register.cjs libs/extraction/src/gazetteer/measure-gazetteer.ts [file…]
// Each text is varied by trailing spaces so the one-text token cache cannot hide tokenization cost; the last line
// times findPlaces + findActors on the SAME text, which is how the extractor calls them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findActors, loadActors } from '../actors';
import { findPlaces, loadGazetteer } from './index';

const CALLS = 2000;
const files = process.argv.slice(2);
const text = readFileSync(
  files[0] ?? join(__dirname, '../../../../seeds/articles/syria-2016-aleppo-palmyra.ar.txt'),
  'utf8',
);
const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
loadGazetteer();
console.log(`gazetteer load: ${(performance.now() - t).toFixed(1)} ms`);
t = performance.now();
loadActors();
console.log(`actors load: ${(performance.now() - t).toFixed(1)} ms`);
console.log(`heap growth: ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`);
const variants = Array.from({ length: 200 }, (_, i) => text + ' '.repeat(i));
const time = (fn: (v: string) => unknown): number => {
  for (const v of variants) fn(v);
  const t0 = performance.now();
  for (let r = 0; r < CALLS; r++) fn(variants[r % variants.length]);
  return (performance.now() - t0) / CALLS;
};
const ms = {
  findPlaces: time(findPlaces),
  findActors: time(findActors),
  both: time((v) => (findPlaces(v), findActors(v))),
};
for (const [name, v] of Object.entries(ms)) console.log(`${name}: ${v.toFixed(3)} ms per ${text.length}-char article`);
