// findPlaces: raw dictionary matches, then a choice per match using the whole article as context (countries named
// or implied by adjectives, the countries of unambiguous places), and acceptance rules for names that are also words.
import { tokenVariants, type KeyVariant } from './arabic-clitics';
import { getStore, type Candidate, type GazetteerStore } from './gazetteer-store';
import { matchPlaces, type RawMatch } from './match-places';
import { ENGLISH_COMMON, hasTrigger, isQuoted } from './place-context';
import { PLACE_STOPWORDS, SOFT_PLACE_STOPWORDS } from './place-stopwords';
import type { FindOptions, PlaceMention } from './place.types';
import { tokenize, type Token } from './tokenize';

const MENA = new Set('SY IQ YE LY LB PS IL JO EG SA TR IR AF SO SD SS TN DZ MA MR KW BH QA AE OM DJ'.split(' '));
/** Below this population a GeoNames place needs corroboration (trigger, quotes or same-country context). */
const STRONG_POPULATION = 50000;
/** In Arabic text, GeoNames' Arabic names of foreign towns are mostly word collisions (كان Caen, بن Bonn): outside
 * MENA only large cities stand alone, smaller ones need their country named or a trigger. */
const FOREIGN_ARABIC_POPULATION = 1000000;
/** Names that folding merges with a word, kept apart by how they are written: إب (Ibb) vs آب (August) and أب
 * (father); جدة (Jeddah) vs جده (his grandfather). */
const EXACT_SURFACE = new Map<string, string>([
  ['اب', 'إب'],
  ['جده', 'جدة'],
]);
/** Tanween (درعاً "a shield", not Daraa): place names are diptotes or definite and never take it. */
const TANWEEN = /^[\u064B-\u064D]/;

interface Context {
  /** Countries named in the text (names, adjectives) with how often. */
  named: Map<string, number>;
  /** Countries of places that had a single candidate. */
  located: Set<string>;
  arabic: boolean;
}

function isStrong(c: Candidate): boolean {
  if (c.ambiguous) return false;
  if (c.place.kind === 'country' || c.curated) return true;
  return c.place.kind === 'city' || c.place.population >= STRONG_POPULATION;
}

function buildContext(vars: KeyVariant[][], raw: RawMatch[], store: GazetteerStore, arabic: boolean): Context {
  const named = new Map<string, number>();
  const bump = (cc: string): void => void named.set(cc, (named.get(cc) ?? 0) + 1);
  for (const vs of vars) {
    // The word as written, else its proclitic-stripped readings (والسورية → السورية).
    for (const v of vs) {
      const cc = store.gentilics.get(v.key);
      if (cc) {
        bump(cc);
        break;
      }
    }
  }
  const located = new Set<string>();
  for (const m of raw) {
    const countries = new Set(m.candidates.map((c) => c.place.country));
    const country = m.candidates.find((c) => c.place.kind === 'country');
    if (country && country.place.country) bump(country.place.country);
    if (countries.size === 1 && m.candidates.every(isStrong)) located.add(m.candidates[0].place.country ?? '');
  }
  return { named, located, arabic };
}

function score(c: Candidate, ctx: Context, selfCountry: string | null): number {
  const cc = c.place.country ?? '';
  const namedCount = (ctx.named.get(cc) ?? 0) - (selfCountry === cc ? 1 : 0);
  let s = Math.log10(c.place.population + 10);
  if (c.place.kind === 'country') s += 6;
  if (namedCount > 0) s += 5;
  if (ctx.located.has(cc)) s += 2;
  if (ctx.arabic && MENA.has(cc)) s += 2;
  if (c.curated) s += 1;
  return s;
}

/** Accepts a match whose name is also a word only with corroboration; returns a confidence or 0 to drop it. */
function acceptance(
  text: string,
  tokens: Token[],
  m: RawMatch,
  best: Candidate,
  ctx: Context,
  listed: boolean,
): number {
  const trigger = hasTrigger(tokens, m.index, m.stripped) || isQuoted(text, m.start, m.end);
  // A stop-listed word (كان, الخبر, البلاد) needs a real trigger noun: quotes and compass words are too common.
  const nounTrigger = hasTrigger(tokens, m.index, m.stripped, true);
  const cc = best.place.country ?? '';
  const sameCountry = (ctx.named.get(cc) ?? 0) > 0 || ctx.located.has(cc);
  const arabicToken = tokens[m.index].arabic;
  const commonWord = PLACE_STOPWORDS.has(m.key) || (!arabicToken && m.tokens === 1 && ENGLISH_COMMON.has(m.key));
  if (best.place.kind === 'country') return m.stripped ? 0.85 : 0.95;
  const exact = EXACT_SURFACE.get(m.key);
  if (exact && !text.slice(m.start, m.end).endsWith(exact)) return 0;
  if (TANWEEN.test(text.slice(m.end, m.end + 1))) return 0;
  if (SOFT_PLACE_STOPWORDS.has(m.key) && !trigger) return (ctx.named.get(cc) ?? 0) > 0 ? 0.7 : 0;
  // Short Arabic spellings of foreign towns (رون, لبك, بم) collide with words even when the country is named.
  const foreignSmall =
    arabicToken && !best.curated && !MENA.has(cc) && best.place.population < FOREIGN_ARABIC_POPULATION;
  if (foreignSmall && !(sameCountry && m.key.length >= 5)) return trigger ? 0.7 : 0;
  // A proclitic reading (لبنان → ل+بنان, لجنة → ل+جنه) must land on a well-known place, not any GeoNames hamlet.
  if (m.stripped && !best.curated && !isStrong(best)) return 0;
  if (commonWord) return nounTrigger ? 0.8 : listed ? 0.65 : 0;
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

export function findPlaces(text: string, opts: FindOptions = {}): PlaceMention[] {
  const store = getStore();
  const tokens = tokenize(text);
  const vars = tokenVariants(tokens);
  const raw = matchPlaces(text, tokens, vars, store);
  if (raw.length === 0) return [];
  const arabic = opts.language ? opts.language === 'ar' : tokens.some((t) => t.arabic);
  const ctx = buildContext(vars, raw, store, arabic);
  const chosen: (PlaceMention | undefined)[] = new Array(raw.length);
  const pending: number[] = [];
  const pick = (m: RawMatch): Candidate => {
    const self = m.candidates.find((c) => c.place.kind === 'country')?.place.country ?? null;
    let best = m.candidates[0];
    let bestScore = -Infinity;
    for (const c of m.candidates) {
      const s = score(c, ctx, self);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    return best;
  };
  raw.forEach((m, k) => {
    const best = pick(m);
    const confidence = acceptance(text, tokens, m, best, ctx, false);
    if (confidence > 0)
      chosen[k] = { start: m.start, end: m.end, surface: text.slice(m.start, m.end), place: best.place, confidence };
    else if (best.ambiguous || PLACE_STOPWORDS.has(m.key)) pending.push(k);
  });
  // Second pass: an ambiguous name listed next to an accepted place of the same country (حلب والباب ومنبج).
  for (const k of pending) {
    const m = raw[k];
    const best = pick(m);
    if (!inList(text, m, best.place.country, [chosen[k - 1], chosen[k + 1]])) continue;
    const confidence = acceptance(text, tokens, m, best, ctx, true);
    if (confidence > 0)
      chosen[k] = { start: m.start, end: m.end, surface: text.slice(m.start, m.end), place: best.place, confidence };
  }
  return chosen.filter((x): x is PlaceMention => x !== undefined);
}
