// findPlaces: raw dictionary matches, then a choice per match using the whole article as context (countries named
// or implied by adjectives, the countries of unambiguous places), and acceptance rules for names that are also words.
import { normalizeKey } from '@marsad/contracts';
import { tokenVariants, type KeyVariant } from './arabic-clitics';
import { arabicCue, countryQuarterAfter, pairClash } from './arabic-cues';
import { arabicUsStateAfter } from './arabic-us-states';
import { AR_COMPASS_WORDS } from '../text/compass-words';
import { settledNamesakes } from './settled-namesakes';
import { capitalPhrases, withCapitalPhrases } from './capital-phrases';
import { inArabicName, inPersonName, longerNameAfterOf } from './english-name-cues';
import { getStore, placeFacts, type Candidate, type GazetteerStore } from './gazetteer-store';
import { matchPlaces, type RawMatch } from './match-places';
import { namesNeighbourhood } from './neighbourhood-names';
import { dropContainedHomonyms } from './contained-homonym';
import {
  ENGLISH_COMMON,
  ENGLISH_GIVEN_NAMES,
  arabicShapeOk,
  hasTrigger,
  headAfter,
  isQuoted,
  partOfLongerName,
} from './place-context';
import { PLACE_STOPWORDS, SOFT_PLACE_STOPWORDS } from './place-stopwords';
import type { FindOptions, PlaceMention } from './place.types';
import { tokenize, type Token } from './tokenize';

const MENA = new Set('SY IQ YE LY LB PS IL JO EG SA TR IR AF SO SD SS TN DZ MA MR KW BH QA AE OM DJ'.split(' '));
/** Below this population a GeoNames place needs corroboration (trigger, quotes or same-country context). */
const STRONG_POPULATION = 50000;
/** In Arabic text, GeoNames' Arabic names of foreign towns are mostly word collisions (كان Caen, بن Bonn): outside
 * MENA only large cities stand alone, smaller ones need their country named or a trigger. */
const FOREIGN_ARABIC_POPULATION = 1000000;
/** Below this population a GeoNames place of a country the text does not name is dropped when the text is about
 * other countries, trigger or not. */
const FOREIGN_SMALL_POPULATION = 100000;
/** Area nouns ("منطقة", "مناطق") that name local localities rather than known towns. */
const AREA_NOUNS = new Set(['منطقة', 'مناطق'].map((w) => normalizeKey(w)));
/** Words after such an area that place it by another place: the area is then re-pointed there, not dropped. */
const AREA_ANCHORS = new Set([...AR_COMPASS_WORDS, 'قرب', 'بالقرب'].map((w) => normalizeKey(w)));
/** Names that folding merges with a word, kept apart by how they are written: إب (Ibb) vs آب (August) and أب
 * (father); جدة (Jeddah) vs جده (his grandfather). */
const EXACT_SURFACE = new Map<string, string>([
  ['اب', 'إب'],
  ['جده', 'جدة'],
]);
/** A national capital of at least this population and key length stands alone in Arabic text like a large city
 * (جنيف aside, هلسنكي, أوسلو, إسلام آباد): capitals are what foreign news datelines and venues name; shorter keys
 * (لومه "his blame" = Lomé) stay with the foreign-town rule. */
const CAPITAL_KEY_LENGTH = 5;
const TREATY_AFTER = /^\s+(?:Conventions?|Accords?|Protocols?)\b/;
/** Tanween (درعاً "a shield", not Daraa; دومًا "always", not Douma): place names are diptotes or definite and never
 * take it, whether written after the word or before its final alef. */
const TANWEEN = /^[\u064B-\u064D]/;
const TANWEEN_INSIDE = /[\u064B-\u064D][\u0627\u0649]?$/;

/** المملكة alone is Saudi Arabia in Gulf Arabic news (بالمملكة, أنحاء المملكة); المملكة المتحدة / الأردنية /
 * المغربية are other kingdoms (their adjective names them). */
const KINGDOM = 'المملكه';
const OTHER_KINGDOMS = new Set(['المتحده', 'الاردنيه', 'المغربيه', 'الهاشميه', 'البحرينيه', 'الاسبانيه', 'الهولنديه']);

function kingdomOf(next: KeyVariant[] | undefined): string | undefined {
  return next && OTHER_KINGDOMS.has(next[0].key) ? undefined : 'SA';
}

interface Context {
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
function countryInText(ctx: Context, cc: string, selfKey: string, selfCountry: string | null): boolean {
  const named = (ctx.named.get(cc) ?? 0) - (selfCountry === cc ? 1 : 0);
  if (named > 0) return true;
  const keys = ctx.located.get(cc);
  if (!keys) return false;
  for (const k of keys) if (k !== selfKey) return true;
  return false;
}

function isStrong(c: Candidate): boolean {
  if (c.ambiguous) return false;
  if (c.place.kind === 'country' || c.curated) return true;
  return c.place.kind === 'city' || c.place.population >= STRONG_POPULATION;
}

/** Some reading of the word opens a two-word gentilic (a loop: this runs for every word of every article). */
function opensPair(vs: KeyVariant[], firsts: Set<string>): boolean {
  for (const v of vs) if (firsts.has(v.key)) return true;
  return false;
}

function buildContext(vars: KeyVariant[][], raw: RawMatch[], store: GazetteerStore, arabic: boolean): Context {
  const named = new Map<string, number>();
  const bump = (cc: string): void => void named.set(cc, (named.get(cc) ?? 0) + 1);
  const firsts = pairFirsts(store);
  for (let i = 0; i < vars.length; i++) {
    // Two-word adjectives name one country: "الكورية الجنوبية" is South Korea, not either Korea.
    const next = vars[i + 1]?.[0]?.key;
    const pair =
      next && opensPair(vars[i], firsts)
        ? vars[i].map((v) => store.gentilics.get(`${v.key} ${next}`)).find(Boolean)
        : undefined;
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
    const countries = new Set(m.candidates.map((c) => c.place.country));
    const country = m.candidates.find((c) => c.place.kind === 'country');
    // A name of two countries (were it Congo) names neither.
    if (country?.place.country && m.candidates.filter((c) => c.place.kind === 'country').length === 1)
      bump(country.place.country);
    if (countries.size === 1 && m.candidates.every(isStrong) && !PLACE_STOPWORDS.has(m.key)) {
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

function score(c: Candidate, ctx: Context, selfCountry: string | null): number {
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
function otherCountry(ctx: Context, cc: string): boolean {
  for (const k of ctx.named.keys()) if (k !== cc) return true;
  for (const k of ctx.located.keys()) if (k !== cc) return true;
  return false;
}

/** A national capital written out in full (not a proclitic reading, not a short key that is also a word). */
function knownCapital(store: GazetteerStore, m: RawMatch, best: Candidate): boolean {
  return (
    store.capitals.has(best.place.id) &&
    !m.stripped &&
    m.key.length >= CAPITAL_KEY_LENGTH &&
    best.place.population >= FOREIGN_SMALL_POPULATION &&
    !PLACE_STOPWORDS.has(m.key)
  );
}

/** A country's name or adjective (Yemen, Yemeni): not a given name before a place name. */
function countryOf(store: GazetteerStore, key: string): string | null {
  return store.byKey.get(key)?.find((c) => c.place.kind === 'country')?.place.country ?? null;
}

function countryWord(store: GazetteerStore, key: string): boolean {
  return store.gentilics.has(key) || !!store.byKey.get(key)?.some((c) => c.place.kind === 'country');
}

/** Accepts a match whose name is also a word only with corroboration; returns a confidence or 0 to drop it. */
function acceptance(
  store: GazetteerStore,
  text: string,
  tokens: Token[],
  m: RawMatch,
  best: Candidate,
  ctx: Context,
  listed: boolean,
): number {
  const quoted = isQuoted(text, m.start, m.end);
  // The second of a dual pair (قريتي X وY) is as cued as the first; "towards" (باتجاه Y) cues a name, not a word.
  const dual = arabicCue(text, tokens, m);
  // "Kherson city", "Tikrit district": a lower-case head after an English name is a trigger noun too.
  // "شاتانوغا (ولاية تينيسي)": a US state written after an American town vouches for it like a trigger noun.
  const after =
    headAfter(tokens, m) ||
    (best.place.country === 'US' &&
      best.place.admin1 !== null &&
      arabicUsStateAfter(text, m.end) === best.place.admin1) ||
    // "في مروة بشمال الكاميرون": the quarter of the town's own country named right after it.
    countryQuarterAfter(text, tokens, m, (k) => countryOf(store, k)) === best.place.country;
  const before = hasTrigger(tokens, m.index, m.stripped) || quoted || dual !== 'none';
  const trigger = before || after;
  // A stop-listed word (كان, الخبر, البلاد) needs a real trigger noun: quotes and compass words are too common.
  const nounTrigger = hasTrigger(tokens, m.index, m.stripped, true) || after || dual === 'noun';
  const cc = best.place.country ?? '';
  const self = m.candidates.find((c) => c.place.kind === 'country')?.place.country ?? null;
  const sameCountry = countryInText(ctx, cc, m.key, self);
  const arabicToken = tokens[m.index].arabic;
  const commonWord = PLACE_STOPWORDS.has(m.key) || (!arabicToken && m.tokens === 1 && ENGLISH_COMMON.has(m.key));
  if (TANWEEN.test(text.slice(m.end, m.end + 1)) || (arabicToken && TANWEEN_INSIDE.test(text.slice(m.start, m.end))))
    return 0; // also countries: شخصاً سورياً is "a Syrian person", not Syria
  if (best.place.kind === 'country') return m.stripped ? 0.85 : 0.95;
  // "the Geneva Conventions", "the Oslo Accords": a treaty named after a city, not a scene there.
  if (!arabicToken && TREATY_AFTER.test(text.slice(m.end, m.end + 16))) return 0;
  // After a trigger noun the word reading is gone: مدينة اب is Ibb however the hamza is written.
  const exact = EXACT_SURFACE.get(m.key);
  if (exact && !text.slice(m.start, m.end).endsWith(exact) && !nounTrigger) return 0;
  if (arabicToken && !arabicShapeOk(text, tokens, m, quoted)) return 0;
  // The head after "Middle Juba region" belongs to the longer name: only a trigger before the name vouches for it.
  if (!arabicToken && !best.curated && partOfLongerName(text, tokens, m) && !before) return 0;
  // "Khalil al-Hayya" (Hebron's Arabic name), "Deir al-Balah" read as the village Balah: a piece of a longer name.
  if (!arabicToken && m.tokens === 1 && !best.curated && inArabicName(text, m.start, m.end, best.place.population))
    return 0;
  if (!arabicToken && best.curated && inPersonName(text, tokens, m, (k) => countryWord(store, k))) return 0;
  if (!arabicToken && longerNameAfterOf(text, tokens, m)) return 0;
  if (SOFT_PLACE_STOPWORDS.has(m.key) && !trigger) return sameCountry ? 0.7 : 0;
  // Quotes alone do not vouch for a foreign or stop-listed name: «ستانلي», "كورونا", «أمل» are brands and titles.
  const wordTrigger = commonWord ? nounTrigger : hasTrigger(tokens, m.index, m.stripped) || after || dual !== 'none';
  // A GeoNames place of a country the text does not otherwise name, in a text about other countries (Medenine in
  // Yemeni news, Hassan/IN in Lebanese news, Till/PS in Iraqi news) is more likely a homonym. Outside MENA: small
  // ones are dropped even after a trigger (the local place is not in the gazetteer), medium ones need the trigger.
  // In MENA: small ones need a trigger and no quotes. Capitals are exempt.
  if (!best.curated && !sameCountry && !store.capitals.has(best.place.id) && otherCountry(ctx, cc)) {
    const pop = best.place.population;
    if (MENA.has(cc)) {
      // Quotes mark a local name the reader is not expected to know (بمناطق "المهدية" in Yemen), not Tunisia's.
      if (pop < FOREIGN_SMALL_POPULATION && (!wordTrigger || quoted)) return 0;
      // "في منطقة الفاو" in Yemeni news: an "area" the text names in a country it never names is a local one.
      // Not when a compass word places it by another place ("منطقة الكرامة جنوب العريش": anchored-places.ts).
      if (
        pop < FOREIGN_ARABIC_POPULATION &&
        AREA_NOUNS.has(tokens[m.index - 1]?.key ?? '') &&
        !AREA_ANCHORS.has(tokens[m.index + m.tokens]?.key ?? '')
      )
        return 0;
    } else {
      if (pop < FOREIGN_SMALL_POPULATION) return 0;
      if (pop < FOREIGN_ARABIC_POPULATION && !wordTrigger) return 0;
    }
  }
  // Short Arabic spellings of foreign towns (رون, لبك, بم) collide with words even when the country is named; a
  // proclitic reading of one (ببيان → ب+يان) never counts.
  const foreignSmall =
    arabicToken &&
    !best.curated &&
    !MENA.has(cc) &&
    best.place.population < FOREIGN_ARABIC_POPULATION &&
    !knownCapital(store, m, best);
  if (foreignSmall && (m.stripped || !(sameCountry && m.key.length >= 5))) return wordTrigger ? 0.7 : 0;
  // A proclitic reading (لبنان → ل+بنان, لجنة → ل+جنه) must land on a well-known place, not any GeoNames hamlet.
  if (m.stripped && !best.curated && !isStrong(best)) return 0;
  if (commonWord) return nounTrigger ? 0.8 : listed ? 0.65 : 0;
  // English words that are also given names (Hassan, Salem, Leon): a place only with a trigger or its country.
  if (!arabicToken && m.tokens === 1 && !best.curated && ENGLISH_GIVEN_NAMES.has(m.key) && !trigger && !sameCountry)
    return 0;
  if (best.ambiguous) return trigger ? 0.8 : listed ? 0.65 : 0;
  if (isStrong(best)) return trigger ? 0.92 : m.stripped ? 0.8 : 0.85;
  if (trigger) return 0.75;
  return sameCountry && !m.stripped && m.key.length >= 4 ? 0.6 : 0;
}

/** A comma/و list of places: the neighbour is an accepted place of the same country close by, separated by a comma
 * or joined by و (written on the second name: حلب والباب). Mere adjacency (لمدينة الرياض) is not a list. */
function inList(text: string, m: RawMatch, cc: string | null, neighbours: (PlaceMention | undefined)[]): boolean {
  for (const n of neighbours) {
    if (!n || n.place.country !== cc) continue;
    const before = n.end <= m.start;
    const gap = before ? text.slice(n.end, m.start) : text.slice(m.end, n.start);
    if (gap.length > 4 || !/^[\s,،و]*$/.test(gap)) continue;
    const secondStart = before ? m.start : n.start;
    if (/[,،و]/.test(gap) || text[secondStart - 1] === 'و') return true;
  }
  return false;
}

/** The country of a curated first-level region that names one country only (Texas, Sindh; not Punjab). */
function regionCountry(found: Candidate[]): string | null {
  const cc = found[0].place.country;
  return found.every((c) => c.curated && c.place.kind === 'admin1' && c.place.country === cc) ? cc : null;
}

/** English "Kazan, Russia", "Paris, Texas", "Hyderabad, Sindh": the ISO code of the country named, or whose
 * first-level region is named, right after a place name and a comma, if any. */
export function countryAfter(text: string, end: number, store: GazetteerStore): string | null {
  const m = /^,\s+((?:[A-Z][\p{L}'.-]*)(?:\s+[A-Z][\p{L}'.-]*){0,2})/u.exec(text.slice(end, end + 48));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const found = store.byKey.get(normalizeKey(words.slice(0, n).join(' ')));
    if (!found) continue;
    const country = found.find((c) => c.place.kind === 'country');
    if (country) return country.place.country;
    const region = regionCountry(found);
    if (region) return region;
  }
  return null;
}

export function findPlaces(text: string, opts: FindOptions = {}): PlaceMention[] {
  const store = getStore();
  const tokens = tokenize(text);
  const vars = tokenVariants(tokens);
  const raw = matchPlaces(text, tokens, vars, store);
  const capitals = capitalPhrases(text, tokens, vars, store);
  if (raw.length === 0) return capitals;
  const arabic = opts.language ? opts.language === 'ar' : tokens.some((t) => t.arabic);
  const ctx = buildContext(vars, raw, store, arabic);
  const chosen: (PlaceMention | undefined)[] = new Array(raw.length);
  const pending: number[] = [];
  const qualifiedPool = (m: RawMatch): { qualified: string | null; pool: Candidate[] } => {
    // "Kazan, Russia", "Geneva, Switzerland": the country written after the name settles which one it is.
    const qualified = arabic ? null : countryAfter(text, m.end, store);
    // "ريتشموند بولاية كاليفورنيا": the US state written next picks the namesake there.
    const state = arabic ? arabicUsStateAfter(text, m.end) : null;
    const pool = qualified
      ? m.candidates.filter((c) => c.place.country === qualified)
      : state
        ? m.candidates.filter((c) => c.place.admin1 === state)
        : [];
    return { qualified, pool };
  };
  const settled = settledNamesakes(raw, (m) => qualifiedPool(m).pool);
  const pick = (m: RawMatch): Candidate | null => {
    const self = m.candidates.find((c) => c.place.kind === 'country')?.place.country ?? null;
    const { qualified, pool: own } = qualifiedPool(m);
    const pool = own.length || qualified ? own : m.candidates.filter((c) => settled.get(m.key)?.has(c.place.id));
    // "Santa Cruz, Bolivia" when only GeoNames namesakes elsewhere are listed: a place of that country the
    // gazetteer lacks (the country named next stands for it), not Agadir.
    if (qualified && !pool.length && m.candidates.every((c) => !c.curated)) return null;
    const candidates = pool.length ? pool : m.candidates;
    let best = candidates[0];
    let bestScore = -Infinity;
    for (const c of candidates) {
      const s = score(c, ctx, self);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    return best;
  };
  raw.forEach((m, k) => {
    const best = pick(m);
    if (!best) return;
    const wordLike = best.ambiguous || PLACE_STOPWORDS.has(m.key);
    const clash = wordLike && pairClash(text, tokens, m, chosen[k - 1], best.place.country);
    const confidence = clash ? 0 : acceptance(store, text, tokens, m, best, ctx, false);
    if (confidence > 0)
      chosen[k] = { start: m.start, end: m.end, surface: text.slice(m.start, m.end), place: best.place, confidence };
    else if (wordLike) pending.push(k);
  });
  // Second pass: an ambiguous name listed next to an accepted place of the same country (حلب والباب ومنبج).
  for (const k of pending) {
    const m = raw[k];
    const best = pick(m);
    if (!best || !inList(text, m, best.place.country, [chosen[k - 1], chosen[k + 1]])) continue;
    const confidence = acceptance(store, text, tokens, m, best, ctx, true);
    if (confidence > 0)
      chosen[k] = { start: m.start, end: m.end, surface: text.slice(m.start, m.end), place: best.place, confidence };
  }
  const kept = chosen.filter((x): x is PlaceMention => x !== undefined && (!arabic || !namesNeighbourhood(text, x)));
  return withCapitalPhrases(text, arabic ? dropContainedHomonyms(text, kept) : kept, capitals);
}
