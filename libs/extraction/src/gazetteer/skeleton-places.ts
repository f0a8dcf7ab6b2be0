// Towns the gazetteer holds only under Latin names, read from their Arabic spelling after a settlement noun:
// "محافظة سيبيتوكي" (Cibitoke), "قرية البيلي" (Elbeyli), "بلدة سيمدينلي" (Şemdinli). The word (or two) after the
// noun that no gazetteer key holds is reduced to consonant skeletons (arabic-skeleton.ts) and looked up among the
// Latin names of places of the countries the text names (skeleton-index.ts), in the country of the places named
// close by. Only one place (or one clearly the largest) may answer, and the mention is weak like any gated small
// town: confidence below that of a known town after a trigger noun.
import { arabicSkeletons, consonantCount, consonantsOf, fits, hasMedialVowel } from './arabic-skeleton';
import { tokenVariants } from './arabic-clitics';
import { DUAL_TRIGGERS } from './arabic-cues';
import type { GazetteerStore } from './gazetteer-store';
import type { RawMatch } from './match-places';
import { ARABIC_FUNCTION_WORDS, ARABIC_NAME_HEADS, ARABIC_TRIGGERS } from './place-context';
import type { Place, PlaceMention } from './place.types';
import { PLACE_STOPWORDS } from './place-stopwords';
import { MIN_CONSONANTS, placesBySkeleton, SPELLED_COUNTRIES, type SkeletonEntry } from './skeleton-index';
import { AR_COMPASS_WORDS } from '../text/compass-words';
import type { Context } from './text-countries';
import type { Token } from './tokenize';

/** Settlement and district nouns (the trigger nouns of place-context.ts and arabic-cues.ts that name a town or an
 * administrative unit, not a camp, a mountain or a direction), plus مقاطعة. */
const SETTLEMENT_NOUNS = 'مدينه بلده قريه منطقه مديريه ناحيه قضاء اقليم ولايه محافظه بلديه'.split(' ');
const TRIGGERS = new Set([...SETTLEMENT_NOUNS.filter((k) => ARABIC_TRIGGERS.has(k)), 'مقاطعه']);
/** Countries whose towns' Arabic names are their own names, not transliterations. */
const ARABIC_SPEAKING = new Set('SY IQ YE LY LB PS JO EG SA SO SD TN DZ MA MR KW BH QA AE OM DJ KM'.split(' '));
/** Below this population: a city the gazetteer holds has its Arabic name; one met by another spelling is a
 * collision (الراهدة is not Riyadh). */
const SMALL = 100000;
/** Place mentions this close to the noun set the country (بلدة الحديد غرب ديالى is Iraqi whatever else the text
 * names). */
const NEAR = 200;
/** Masculine nouns; after the others an indefinite word ending in ة/ه agrees with the noun: an adjective (منطقة
 * عسكرية, مدينة ساحلية), not a name. */
const MASCULINE = new Set(['قضاء', 'اقليم']);
/** Only spaces and opening quotes between the noun and the name (منطقة "واردوج"). */
const GAP = /^[\s«"“']+$/;
/** The population ratio by which the largest of several answers may still stand for the name. */
const CLEARLY_LARGEST = 10;
const CONFIDENCE = 0.6;
/** Time words and prepositions that follow a place name (بمديرية واردوج أمس, قرب الحدود). */
const BOUNDARY_WORDS = new Set([
  ...AR_COMPASS_WORDS,
  ...'امس اليوم قرب بالقرب اثناء خلال بعد قبل عند حيث حول ضمن منذ نحو لدي عبر جراء اثر وسط'.split(' '),
]);

/** The indices of the tokens the dictionary matches cover. */
export function coveredTokens(raw: RawMatch[]): Set<number> {
  const covered = new Set<number>();
  for (const m of raw) for (let j = m.index; j < m.index + m.tokens; j++) covered.add(j);
  return covered;
}

/** Some reading of word i is a settlement noun (a plain loop: this runs for every word, and an arrow per call is an
 * allocation per word). */
export function isTrigger(vars: ReturnType<typeof tokenVariants>, i: number): boolean {
  for (const v of vars[i]) if (TRIGGERS.has(v.key)) return true;
  return false;
}

/** A word that may be (part of) a name: Arabic, not a function word, stop-listed word, trigger noun or gentilic. */
export function nameWord(t: Token | undefined, store: GazetteerStore): boolean {
  if (!t?.arabic || t.key.length < 3) return false;
  const bare = t.key.startsWith('ال') ? t.key.slice(2) : t.key;
  if (ARABIC_FUNCTION_WORDS.has(t.key) || PLACE_STOPWORDS.has(t.key)) return false;
  if (ARABIC_TRIGGERS.has(t.key) || ARABIC_TRIGGERS.has(bare) || DUAL_TRIGGERS.has(t.key)) return false;
  return !store.gentilics.has(t.key);
}

/** Whether a place may be met under another Arabic spelling: not a curated one left without Arabic on purpose
 * (Kashmir), nor one of an Arabic-speaking country that has its Arabic name (سحر is Sahar; سحار is another place). */
function spellable(e: SkeletonEntry): boolean {
  if (!e.place.nameAr) return !e.curated;
  return !ARABIC_SPEAKING.has(e.place.country ?? '');
}

/** The one small place of the named countries whose Latin skeleton the Arabic key has, if it is of a country
 * `near` the name, else null. A place that may not be met by another spelling still counts as an answer: then the
 * name is ambiguous (كشمير: Kashmir, whose Arabic name is left out on purpose, and Kashmor). Three consonants must
 * spell a place's own name: alternates that short are old or generic names (Kadıköy is an alternate of Babadağ). */
function lookup(store: GazetteerStore, key: string, countries: string[], near: string[]): Place | null {
  const found = new Map<string, SkeletonEntry>();
  for (const s of arabicSkeletons(key)) {
    const consonants = consonantsOf(s);
    const n = consonantCount(consonants);
    if (n < MIN_CONSONANTS || (n === MIN_CONSONANTS && !hasMedialVowel(s))) continue;
    for (const cc of countries)
      for (const e of placesBySkeleton(store, cc, consonants))
        if (fits(s, e.marked) && (e.main || n > MIN_CONSONANTS)) found.set(e.place.id, e);
  }
  const answers = [...found.values()];
  if (answers.length === 0 || !answers.every(spellable)) return null;
  const [first, second] = answers.sort((a, b) => b.place.population - a.place.population);
  if (first.place.population >= SMALL || !near.includes(first.place.country ?? '')) return null;
  if (!second) return first.place;
  return first.place.population >= CLEARLY_LARGEST * Math.max(second.place.population, 1000) ? first.place : null;
}

/** The countries a name after the noun at `at` may be in: those of the place mentions close by, else the text's
 * focus; only countries the text names. */
function countriesAt(at: number, named: string[], found: PlaceMention[], focus: string | undefined): string[] {
  const near = new Set<string>();
  for (const m of found) {
    const d = m.start >= at ? m.start - at : at - m.end;
    if (d < NEAR && m.place.country) near.add(m.place.country);
  }
  if (!near.size && focus) near.add(focus);
  return named.filter((cc) => near.has(cc));
}

/** Words after a one-word name that end it (في, شمال, أمس, قرب, التابعة, الأفغانية, وقتل): any other word may
 * continue the name (خراب الشحم, غارين جيوا), which the gazetteer then lacks under either word. */
export function endsName(t: Token | undefined, text: string, after: number, store: GazetteerStore): boolean {
  if (!t?.arabic || !/^ $/.test(text.slice(after, t.start))) return true;
  const k = t.key;
  if (ARABIC_FUNCTION_WORDS.has(k) || BOUNDARY_WORDS.has(k) || store.gentilics.has(k)) return true;
  if (ARABIC_TRIGGERS.has(k) || (k.startsWith('ال') && ARABIC_TRIGGERS.has(k.slice(2)))) return true;
  // A conjunction or preposition glued on (وقتل, بولاية, لمدينة), or an adjective of the name (التابعة, الحدودية).
  return /^[وبلف]/.test(k) || /^ال.+[هي]$/.test(k);
}

/** Mentions of towns named after a settlement noun by an Arabic spelling the gazetteer lacks. */
export function skeletonPlaces(
  text: string,
  tokens: Token[],
  raw: RawMatch[],
  ctx: Context,
  store: GazetteerStore,
  found: PlaceMention[],
): PlaceMention[] {
  const named = [...ctx.named.keys()].filter((cc) => SPELLED_COUNTRIES.has(cc));
  if (!named.length) return [];
  // Tokens inside a dictionary match: built at the first settlement noun (most articles' words pass none).
  let covered: Set<number> | null = null;
  const vars = tokenVariants(tokens);
  const out: PlaceMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].arabic || !isTrigger(vars, i)) continue;
    covered ??= coveredTokens(raw);
    const j = i + 1;
    const word = tokens[j];
    if (covered.has(j) || !nameWord(word, store) || !GAP.test(text.slice(tokens[i].end, word.start))) continue;
    const feminine = !vars[i].some((v) => MASCULINE.has(v.key));
    if (feminine && word.key.endsWith('ه') && !word.key.startsWith('ال')) continue;
    const near = countriesAt(tokens[i].start, named, found, ctx.focus);
    if (!near.length) continue;
    const next = tokens[j + 1];
    const pair =
      next && !covered.has(j + 1) && nameWord(next, store) && /^ $/.test(text.slice(word.end, next.start))
        ? lookup(store, `${word.key} ${next.key}`, named, near)
        : null;
    // A name head alone (كفر, تل) begins a longer name the gazetteer lacks.
    const single = !ARABIC_NAME_HEADS.has(word.key) && endsName(next, text, word.end, store);
    const place = pair ?? (single ? lookup(store, word.key, named, near) : null);
    if (!place) continue;
    const end = pair ? next.end : word.end;
    out.push({ start: word.start, end, surface: text.slice(word.start, end), place, confidence: CONFIDENCE });
    i = pair ? j + 1 : j;
  }
  return out;
}
