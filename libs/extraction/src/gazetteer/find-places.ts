// findPlaces: raw dictionary matches, then a choice per match using the whole article as context (countries named
// or implied by adjectives, the countries of unambiguous places: text-countries.ts), and acceptance rules for names
// that are also words (place-acceptance.ts).
import { normalizeKey } from '@marsad/contracts';
import { tokenVariants } from './arabic-clitics';
import { arabicUsStateAfter, namesUsState } from './arabic-us-states';
import { englishUsStateAfter } from './english-us-states';
import { settledNamesakes } from './settled-namesakes';
import { capitalPhrases, withCapitalPhrases } from './capital-phrases';
import { getStore, type Candidate, type GazetteerStore } from './gazetteer-store';
import { matchPlaces, type RawMatch } from './match-places';
import { namesNeighbourhood } from './neighbourhood-names';
import { dropContainedHomonyms } from './contained-homonym';
import { cityQuarters } from './city-quarters';
import { acceptance } from './place-acceptance';
import { PLACE_STOPWORDS } from './place-stopwords';
import { skeletonPlaces } from './skeleton-places';
import { definiteNamePlaces } from './definite-names';
import type { FindOptions, PlaceMention } from './place.types';
import { buildContext, contextScore } from './text-countries';
import { tokenize } from './tokenize';

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

/** The last few whole-text readings: an article's places are asked for again by later stages (a bare force's
 * country, resolve-bare.ts) with the same text, and reading them twice costs a few per cent of throughput. */
const recent: { text: string; language: string | undefined; store: GazetteerStore; found: PlaceMention[] }[] = [];
const RECENT = 4;

export function findPlaces(text: string, opts: FindOptions = {}): PlaceMention[] {
  const store = getStore();
  const hit = recent.find((r) => r.text === text && r.language === opts.language && r.store === store);
  if (hit) return hit.found.slice();
  const found = readPlaces(text, opts, store);
  recent.unshift({ text, language: opts.language, store, found });
  if (recent.length > RECENT) recent.pop();
  return found.slice();
}

function readPlaces(text: string, opts: FindOptions, store: GazetteerStore): PlaceMention[] {
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
    // "Athens, Georgia", "Athens, Ga.": a US state written next picks the namesake there, before "Georgia" is read as
    // the country (english-us-states.ts); "Tbilisi, Georgia", with no namesake in the state, stays the country's.
    const usState = arabic ? null : englishUsStateAfter(text, m.end);
    const namesakes = usState ? [...m.candidates, ...(store.shadowed.get(m.key) ?? [])] : [];
    const inState = namesakes.filter((c) => c.place.admin1 === usState);
    if (inState.length) return { qualified: 'US', pool: inState };
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
      const s = contextScore(c, ctx, self);
      if (s > bestScore) [best, bestScore] = [c, s];
    }
    // "كولومبيا": a country's own Arabic name that GeoNames also gives US cities (Columbia) names the country, however
    // American the story, unless the text names the state of one of them ("عاصمة الولاية … كارولينا الجنوبية").
    if (arabic && self && best.place.country === 'US') {
      const inNamedState = m.candidates.find((c) => c.place.country === 'US' && namesUsState(text, c.place.admin1));
      return inNamedState ?? m.candidates.find((c) => c.place.kind === 'country') ?? best;
    }
    return best;
  };
  raw.forEach((m, k) => {
    const best = pick(m);
    if (!best) return;
    const wordLike = best.ambiguous || PLACE_STOPWORDS.has(m.key);
    const confidence = acceptance(store, text, tokens, m, best, ctx, false);
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
  // English names a quarter by its noun; a far namesake town so named is the city told of (city-quarters.ts).
  if (!arabic) return withCapitalPhrases(text, cityQuarters(text, kept, false), capitals);
  // Towns the gazetteer knows only by Latin names, spelled in Arabic after a settlement noun (بمديرية واردوج).
  const spelled = skeletonPlaces(text, tokens, raw, ctx, store, kept);
  // Names written with an article the gazetteer's lacks (بلدة القرقور for قرقور).
  const definite = definiteNamePlaces(text, tokens, vars, raw, store, kept);
  const added = [...spelled, ...definite];
  const all = added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
  // A far namesake of a quarter the text places in "the city" is that city (city-quarters.ts).
  return withCapitalPhrases(text, cityQuarters(text, dropContainedHomonyms(text, all)), capitals);
}
