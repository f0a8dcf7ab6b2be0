// Arabic news writes many village names with or without the article: "بلدة القرقور" for the curated قرقور (Qarqur),
// "قرية الصرين" for صرين. After a settlement noun (بلدة, قرية, مدينة, منطقة …) a word "الX" that no gazetteer key
// holds is read as the town X when X is a town, city or district of a country named close by, and of one only. The
// mention is weak like the skeleton readings (skeleton-places.ts): below a known town after a trigger noun.
import type { tokenVariants } from './arabic-clitics';
import type { Candidate, GazetteerStore } from './gazetteer-store';
import type { RawMatch } from './match-places';
import type { Place, PlaceMention } from './place.types';
import { coveredTokens, endsName, isTrigger, nameWord } from './skeleton-places';
import type { Token } from './tokenize';

/** Only spaces and opening quotes between the noun and the name. */
const GAP = /^[\s«"“']+$/;
/** Place mentions this close to the noun set the country. */
const NEAR = 200;
const CONFIDENCE = 0.6;
const SETTLED: ReadonlySet<Place['kind']> = new Set(['city', 'town', 'district']);

/** Countries of the place mentions within NEAR characters of `at`. */
function countriesNear(at: number, found: PlaceMention[]): Set<string> {
  const near = new Set<string>();
  for (const m of found) {
    const d = m.start >= at ? m.start - at : at - m.end;
    if (d < NEAR && m.place.country) near.add(m.place.country);
  }
  return near;
}

/** The one unambiguous town, city or district among the candidates that lies in a country named near, or null
 * when none or several do. Its own function: an arrow over the loop's `near` made every word of the loop allocate
 * a scope. */
function onlySettled(candidates: Candidate[] | undefined, near: Set<string>): Candidate | null {
  let answer: Candidate | null = null;
  for (const c of candidates ?? []) {
    if (c.ambiguous || !SETTLED.has(c.place.kind) || !near.has(c.place.country ?? '')) continue;
    if (answer) return null;
    answer = c;
  }
  return answer;
}

/** Mentions of towns written with an article their gazetteer name lacks, after a settlement noun. */
export function definiteNamePlaces(
  text: string,
  tokens: Token[],
  vars: ReturnType<typeof tokenVariants>,
  raw: RawMatch[],
  store: GazetteerStore,
  found: PlaceMention[],
): PlaceMention[] {
  // Tokens inside a dictionary match: built at the first settlement noun (most articles' words pass none).
  let covered: Set<number> | null = null;
  const out: PlaceMention[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].arabic || !isTrigger(vars, i)) continue;
    covered ??= coveredTokens(raw);
    const word = tokens[i + 1];
    if (covered.has(i + 1) || !word.key.startsWith('ال') || word.key.length < 5 || !nameWord(word, store)) continue;
    if (!GAP.test(text.slice(tokens[i].end, word.start)) || !endsName(tokens[i + 2], text, word.end, store)) continue;
    const answer = onlySettled(store.byKey.get(word.key.slice(2)), countriesNear(tokens[i].start, found));
    if (!answer) continue;
    out.push({
      start: word.start,
      end: word.end,
      surface: text.slice(word.start, word.end),
      place: answer.place,
      confidence: CONFIDENCE,
    });
  }
  return out;
}
