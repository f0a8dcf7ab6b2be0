// Loads the generated GeoNames data, curated places and curated country names once, and indexes every name by its
// normalizeKey so that matching is Map lookups only. Curated keys replace generated candidates for the same key.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeKey } from '@marsad/contracts';
import { CURATED_COUNTRIES, arabicGentilicForms } from '../data/countries.curated';
import { MISLEADING_ALIASES } from '../data/misleading-aliases';
import { CURATED_PLACES } from '../data/places.curated';
import type { KeyVariant, PlaceFacts } from './arabic-clitics';
import { capitalOwnName } from './capital-own-names';
import type { Place, PlaceKind } from './place.types';
import { indexShadda, type ShaddaIndex } from './shadda-names';
import { codedByCountry, curatedAdmin1, type CodedPoint, type UncodedPlace } from './curated-admin1';

/** One way of naming one place. */
export interface Candidate {
  place: Place;
  curated: boolean;
  /** Common word / person name that needs a trigger or list context before it counts as a place. */
  ambiguous: boolean;
}

export interface GazetteerStore {
  byKey: Map<string, Candidate[]>;
  /** First token of any key → largest number of tokens of a key starting with it. */
  firstToken: Map<string, number>;
  /** Every word in second or later position of a multi-word key: a name cannot grow over any other word. */
  laterTokens: Set<string>;
  byId: Map<string, Place>;
  /** Country-adjective keys (السورية, Syrian) → ISO code: context for disambiguation, never a mention. */
  gentilics: Map<string, string>;
  countryByCode: Map<string, Place>;
  /** Ids of national capitals (GeoNames PPLC): never treated as an obscure homonym. */
  capitals: Set<string>;
  /** Country code → its capital city (for "العاصمة اليمنية", "the Libyan capital"). */
  capitalOf: Map<string, Place>;
  /** Curated names written with a shadda (عمّان): the written mark picks the place (shadda-names.ts). */
  shadda: ShaddaIndex;
  /** Place id → the province code read from GeoNames for a curated place that has none (curated-admin1.ts). Kept
   * apart from `admin1`, which the merge and toll rules read as the gazetteer's own word. */
  provinceCodes: Map<string, string>;
  /** GeoNames places under a key a curated entry took over ("athens": Athens, Georgia): read only when a qualifier
   * names their state (english-us-states.ts), never as plain candidates. */
  shadowed: Map<string, Candidate[]>;
}

type CountryRow = [string, string, string, string, number, number, number, string[]];
type PlaceRow = [number, string, string, string, string, number, number, number, 'c' | 't' | 'd', string[]];
/** A province seat or capital: country, province code, lat, lon. */
type SeatRow = [string, string, number, number];
interface GeneratedData {
  countries: CountryRow[];
  places: PlaceRow[];
  seats?: SeatRow[];
}

const KIND: Record<PlaceRow[8], PlaceKind> = { c: 'city', t: 'town', d: 'district' };

let store: GazetteerStore | null = null;

function readGenerated(): GeneratedData {
  const file = join(__dirname, '..', 'data', 'gazetteer.generated.json');
  return JSON.parse(readFileSync(file, 'utf8')) as GeneratedData;
}

function add(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [candidate]);
  else if (!list.some((c) => c.place.id === candidate.place.id)) list.push(candidate);
}

export function buildStore(data: GeneratedData = readGenerated()): GazetteerStore {
  const generated = new Map<string, Candidate[]>();
  const curated = new Map<string, Candidate[]>();
  const countries = new Map<string, Candidate[]>();
  const byId = new Map<string, Place>();
  const countryByCode = new Map<string, Place>();
  const gentilics = new Map<string, string>();
  const curatedCountries = new Map(CURATED_COUNTRIES.map((c) => [c.cc, c]));
  const capitals = new Set<string>();
  const shadda: ShaddaIndex = new Map();
  const provinceCodes = new Map<string, string>();

  for (const [cc, , name, nameAr, lat, lon, gid, keys] of data.countries) {
    const extra = curatedCountries.get(cc);
    const [clat, clon] = extra?.centroid ?? [lat, lon];
    const place: Place = {
      id: `country:${cc}`,
      name: extra?.en ?? name,
      nameAr: extra?.ar[0] ?? (nameAr || null),
      country: cc,
      admin1: null,
      lat: clat,
      lon: clon,
      population: 0,
      kind: 'country',
      geonameId: gid || null,
    };
    byId.set(place.id, place);
    countryByCode.set(cc, place);
    if (gid) capitals.add(`gn:${gid}`);
    const candidate: Candidate = { place, curated: true, ambiguous: false };
    for (const k of keys) add(countries, k, candidate);
    if (extra) for (const n of [...extra.enAliases, ...extra.ar]) add(countries, normalizeKey(n), candidate);
  }
  // A name that the curated table gives one country is that country's alone: "Congo" is DR Congo in the news,
  // though i18n-iso-countries lists it for both Congos.
  for (const c of CURATED_COUNTRIES)
    for (const n of [...c.enAliases, ...c.ar]) {
      const k = normalizeKey(n);
      const list = countries.get(k);
      if (list && list.length > 1) countries.set(k, [...list.filter((x) => x.place.country === c.cc)]);
    }
  // "داخل الأراضي السورية", "بالأراضي اليمنية": a country's territory named by its adjective is the country (border
  // shelling, strikes "inside Syrian territory").
  for (const c of CURATED_COUNTRIES) {
    const country = countryByCode.get(c.cc);
    if (!country) continue;
    const candidate: Candidate = { place: country, curated: true, ambiguous: false };
    for (const stem of c.arGentilic) add(countries, normalizeKey(`الأراضي ال${stem}ة`), candidate);
  }
  for (const c of CURATED_COUNTRIES) {
    for (const stem of c.arGentilic)
      for (const form of arabicGentilicForms(stem)) gentilics.set(normalizeKey(form), c.cc);
    for (const g of c.enGentilic) gentilics.set(normalizeKey(g), c.cc);
  }

  for (const [gid, name, nameAr, cc, admin1, lat, lon, pop, kind, keys] of data.places) {
    const place: Place = {
      id: `gn:${gid}`,
      name,
      nameAr: nameAr || null,
      country: cc,
      admin1: admin1 ? `${cc}.${admin1}` : null,
      lat,
      lon,
      population: pop,
      kind: KIND[kind],
      geonameId: gid,
    };
    byId.set(place.id, place);
    const candidate: Candidate = { place, curated: false, ambiguous: false };
    for (const k of keys) {
      // A capital named like its country (الكويت, Djibouti) is read as the country.
      if (countries.get(k)?.some((c) => c.place.country === cc)) continue;
      if (MISLEADING_ALIASES.get(k)?.includes(gid)) continue;
      add(generated, k, candidate);
    }
  }

  // Curated places without a province code take one from the GeoNames places near them (curated-admin1.ts).
  const coded = codedByCountry(
    [...byId.values()].map((p): CodedPoint => ({
      country: p.country ?? '',
      admin1: p.admin1 ?? '',
      lat: p.lat,
      lon: p.lon,
    })),
  );
  const seats = codedByCountry(
    (data.seats ?? []).map(([cc, admin1, lat, lon]): CodedPoint => ({
      country: cc,
      admin1: `${cc}.${admin1}`,
      lat,
      lon,
    })),
  );
  for (const cp of CURATED_PLACES) {
    const id = cp.gid ? `gn:${cp.gid}` : `cur:${cp.slug}`;
    const place: Place = {
      id,
      name: cp.en,
      nameAr: cp.ar[0] ?? byId.get(id)?.nameAr ?? null,
      country: cp.cc,
      admin1: cp.admin1 ?? byId.get(id)?.admin1 ?? null,
      lat: cp.lat,
      lon: cp.lon,
      population: cp.pop ?? byId.get(id)?.population ?? 0,
      kind: cp.kind,
      geonameId: cp.gid ?? null,
    };
    byId.set(id, place);
    const derived = place.admin1 ? null : curatedAdmin1(place as UncodedPlace, coded, seats);
    if (derived) provinceCodes.set(id, derived);
    const candidate: Candidate = { place, curated: true, ambiguous: cp.ambiguous ?? false };
    // Ambiguity is a property of the Arabic spelling (صور "pictures", حديثة "modern"): the English name, matched
    // only when capitalised (Tyre, Haditha), is as plain a place name as any other.
    const latin: Candidate = cp.ambiguous && !cp.ambiguousEn ? { ...candidate, ambiguous: false } : candidate;
    for (const n of [cp.en, ...(cp.alias ?? [])]) add(curated, normalizeKey(n), latin);
    for (const n of cp.ar) {
      add(curated, normalizeKey(n), candidate);
      indexShadda(shadda, n, id);
    }
  }

  const byKey = new Map<string, Candidate[]>();
  // A curated entry with a GeoNames id replaces that place's facts under its generated names too; every other
  // generated candidate list is used as it is (no per-key copies: the breadth tiers hold ~60k keys).
  for (const [k, list] of generated)
    if (!curated.has(k))
      byKey.set(
        k,
        list.some((c) => byId.get(c.place.id) !== c.place)
          ? list.map((c) => ({ ...c, place: byId.get(c.place.id) ?? c.place }))
          : list,
      );
  const shadowed = new Map<string, Candidate[]>();
  for (const [k, list] of generated) if (curated.has(k)) shadowed.set(k, list);
  for (const [k, list] of curated) byKey.set(k, [...list]);
  for (const [k, list] of countries) byKey.set(k, [...list, ...(byKey.get(k) ?? [])]);
  for (const [k, list] of byKey) {
    const own = capitalOwnName(k, list, capitals);
    if (own !== list) byKey.set(k, own);
  }

  const firstToken = new Map<string, number>();
  const laterTokens = new Set<string>();
  for (const k of byKey.keys()) {
    const parts = k.split(' ');
    const prev = firstToken.get(parts[0]) ?? 0;
    if (parts.length > prev) firstToken.set(parts[0], parts.length);
    for (let j = 1; j < parts.length; j++) laterTokens.add(parts[j]);
  }
  const capitalOf = new Map<string, Place>();
  for (const [cc, place] of countryByCode) {
    const capital = place.geonameId ? byId.get(`gn:${place.geonameId}`) : undefined;
    if (capital && capital.kind !== 'country') capitalOf.set(cc, capital);
  }
  return {
    byKey,
    firstToken,
    laterTokens,
    byId,
    gentilics,
    countryByCode,
    capitals,
    capitalOf,
    shadda,
    provinceCodes,
    shadowed,
  };
}

/** A country's capital city ("Kuwait" → Kuwait City), or null when the gazetteer has none for it. */
export function capitalOf(cc: string): Place | null {
  return getStore().capitalOf.get(cc) ?? null;
}

/** A place's province code: the gazetteer's, else the one read for a curated place (curated-admin1.ts), else null. */
export function provinceCode(place: { id: string; admin1: string | null }): string | null {
  return place.admin1 ?? getStore().provinceCodes.get(place.id) ?? null;
}

/** The process-wide store, built on first use. */
export function getStore(): GazetteerStore {
  if (!store) store = buildStore();
  return store;
}

/** The store's answers for a variant's key, looked up once per key and store and then read off the variant. */
export function placeFacts(v: KeyVariant, s: GazetteerStore): PlaceFacts {
  const cached = v.place;
  if (cached !== null && cached.store === s) return cached;
  return (v.place = { store: s, maxTokens: s.firstToken.get(v.key) ?? 0, gentilic: s.gentilics.get(v.key) });
}

/** Some reading of the word (its clitic readings `vs`, as tokenVariants gives them) opens a place name of the store:
 * the answer of placeFacts(v, s).maxTokens > 0 for any v, asked once per word and store and then read off the word's
 * first reading. Most words open none, and matchPlaces then skips them without walking their readings. */
export function placeStartsAt(vs: KeyVariant[], s: GazetteerStore): boolean {
  const head = vs[0];
  if (head.placeWord === s) return head.placeStarts;
  let starts = false;
  for (const v of vs)
    if (placeFacts(v, s).maxTokens) {
      starts = true;
      break;
    }
  head.placeWord = s;
  return (head.placeStarts = starts);
}
