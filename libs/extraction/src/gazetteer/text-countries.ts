// The countries an article is about, read once per findPlaces call: countries named (names, adjectives, two-word
// gentilics, المملكة) and countries of unambiguous places. A namesake in one of them wins over a larger one
// elsewhere (contextScore), and a small place of a country the text never names is suspect (place-acceptance.ts).
import type { KeyVariant } from './arabic-clitics';
import { placeFacts, type Candidate, type GazetteerStore } from './gazetteer-store';
import type { RawMatch } from './match-places';
import { PLACE_STOPWORDS } from './place-stopwords';

export const MENA = new Set('SY IQ YE LY LB PS IL JO EG SA TR IR AF SO SD SS TN DZ MA MR KW BH QA AE OM DJ'.split(' '));
/** Below this population a GeoNames place needs corroboration (trigger, quotes or same-country context). */
const STRONG_POPULATION = 50000;

/** المملكة alone is Saudi Arabia in Gulf Arabic news (بالمملكة, أنحاء المملكة); المملكة المتحدة / الأردنية /
 * المغربية are other kingdoms (their adjective names them). */
const KINGDOM = 'المملكه';
const OTHER_KINGDOMS = new Set(['المتحده', 'الاردنيه', 'المغربيه', 'الهاشميه', 'البحرينيه', 'الاسبانيه', 'الهولنديه']);

function kingdomOf(next: KeyVariant[] | undefined): string | undefined {
  return next && OTHER_KINGDOMS.has(next[0].key) ? undefined : 'SA';
}

export interface Context {
  /** Countries named in the text (names, adjectives) with how often. */
  named: Map<string, number>;
  /** Countries of places that had a single candidate, with the keys that put them there. */
  located: Map<string, Set<string>>;
  arabic: boolean;
  /** The country the text is most about (most named plus located), if one leads: a homonym there wins over a
   * larger namesake of a country named in passing (Hays in Yemeni news, not Hays, Kansas). */
  focus: string | undefined;
}

const pairFirstsOf = new WeakMap<GazetteerStore, Set<string>>();

/** First words of the store's two-word gentilics ("الكورية" of "الكورية الجنوبية"): only they open a pair. */
function pairFirsts(store: GazetteerStore): Set<string> {
  let firsts = pairFirstsOf.get(store);
  if (!firsts) {
    firsts = new Set([...store.gentilics.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));
    pairFirstsOf.set(store, firsts);
  }
  return firsts;
}

/** The country is in the text other than through this match: named (by another word than `selfKey`'s country
 * name) or holding another unambiguous place. */
export function countryInText(ctx: Context, cc: string, selfKey: string, selfCountry: string | null): boolean {
  if (namedOnce(ctx, cc, selfKey, selfCountry)) return true;
  const partner = ENTWINED.get(cc);
  return !!partner && namedOnce(ctx, partner, selfKey, selfCountry);
}

/** Territories whose news names the other side as often as their own: "Israeli forces raided Jenin" is West Bank
 * news, though it never names the Palestinian territories (and "Palestinian gunmen … in Sderot" is Israeli news). */
const ENTWINED = new Map([
  ['PS', 'IL'],
  ['IL', 'PS'],
]);

function namedOnce(ctx: Context, cc: string, selfKey: string, selfCountry: string | null): boolean {
  const named = (ctx.named.get(cc) ?? 0) - (selfCountry === cc ? 1 : 0);
  if (named > 0) return true;
  const keys = ctx.located.get(cc);
  if (!keys) return false;
  for (const k of keys) if (k !== selfKey) return true;
  return false;
}

export function isStrong(c: Candidate): boolean {
  if (c.ambiguous) return false;
  if (c.place.kind === 'country' || c.curated) return true;
  return c.place.kind === 'city' || c.place.population >= STRONG_POPULATION;
}

/** Some reading of the word opens a two-word gentilic (a loop: this runs for every word of every article). */
function opensPair(vs: KeyVariant[], firsts: Set<string>): boolean {
  for (const v of vs) if (firsts.has(v.key)) return true;
  return false;
}

/** The country of the match's only country candidate, if it has exactly one (plain loops, no set or filtered copy
 * per match: this runs for every place name of every article). */
function onlyCountry(candidates: Candidate[]): string | null | undefined {
  let found: Candidate | undefined;
  for (const c of candidates) {
    if (c.place.kind !== 'country') continue;
    if (found) return undefined;
    found = c;
  }
  return found?.place.country;
}

/** Every candidate lies in one and the same country (or none of them in any). */
function oneCountry(candidates: Candidate[]): boolean {
  if (!candidates.length) return false;
  const cc = candidates[0].place.country;
  for (const c of candidates) if (c.place.country !== cc) return false;
  return true;
}

/** The country of the first reading of the word that forms a listed two-word gentilic with `next`. Its own
 * function: an arrow over the loop's `next` made every word of the loop allocate a scope. */
function pairGentilic(vs: KeyVariant[], next: string, store: GazetteerStore): string | undefined {
  for (const v of vs) {
    const cc = store.gentilics.get(`${v.key} ${next}`);
    if (cc) return cc;
  }
  return undefined;
}

export function buildContext(vars: KeyVariant[][], raw: RawMatch[], store: GazetteerStore, arabic: boolean): Context {
  const named = new Map<string, number>();
  const bump = (cc: string): void => void named.set(cc, (named.get(cc) ?? 0) + 1);
  const firsts = pairFirsts(store);
  for (let i = 0; i < vars.length; i++) {
    // Two-word adjectives name one country: "الكورية الجنوبية" is South Korea, not either Korea.
    const next = vars[i + 1]?.[0]?.key;
    const pair = next && opensPair(vars[i], firsts) ? pairGentilic(vars[i], next, store) : undefined;
    if (pair) {
      bump(pair);
      i++;
      continue;
    }
    // The word as written, else its proclitic-stripped readings (والسورية → السورية).
    for (const v of vars[i]) {
      const cc = placeFacts(v, store).gentilic ?? (v.key === KINGDOM ? kingdomOf(vars[i + 1]) : undefined);
      if (cc) {
        bump(cc);
        break;
      }
    }
  }
  const located = new Map<string, Set<string>>();
  for (const m of raw) {
    const country = onlyCountry(m.candidates);
    // A name of two countries (were it Congo) names neither.
    if (country) bump(country);
    if (oneCountry(m.candidates) && m.candidates.every(isStrong) && !PLACE_STOPWORDS.has(m.key)) {
      const cc = m.candidates[0].place.country ?? '';
      const keys = located.get(cc);
      if (keys) keys.add(m.key);
      else located.set(cc, new Set([m.key]));
    }
  }
  let focus: string | undefined;
  let top = 0;
  let tie = false;
  for (const cc of new Set([...named.keys(), ...located.keys()])) {
    const weight = (named.get(cc) ?? 0) + (located.get(cc)?.size ?? 0);
    if (weight > top) [focus, top, tie] = [cc, weight, false];
    else if (weight === top) tie = true;
  }
  return { named, located, arabic, focus: tie ? undefined : focus };
}

/** How well a namesake fits the text: population, country named or located, the text's focus, MENA in Arabic. */
export function contextScore(c: Candidate, ctx: Context, selfCountry: string | null): number {
  const cc = c.place.country ?? '';
  const namedCount = (ctx.named.get(cc) ?? 0) - (selfCountry === cc ? 1 : 0);
  let s = Math.log10(c.place.population + 10);
  if (c.place.kind === 'country') s += 6;
  if (namedCount > 0) s += 5;
  if (ctx.located.has(cc)) s += 2;
  if (ctx.focus === cc) s += 3;
  if (ctx.arabic && MENA.has(cc)) s += 2;
  if (c.curated) s += 1;
  return s;
}

/** Some country other than `cc` is in the text: then a place of an unnamed country is more likely a homonym. */
export function otherCountry(ctx: Context, cc: string): boolean {
  for (const k of ctx.named.keys()) if (k !== cc) return true;
  for (const k of ctx.located.keys()) if (k !== cc) return true;
  return false;
}
