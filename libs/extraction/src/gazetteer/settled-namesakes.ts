// One namesake per text: a name whose namesake was settled once by what is written after it ("Richmond, California",
// ريتشموند بولاية كاليفورنيا) keeps that namesake where the text repeats it bare (شرطة ريتشموند, "Richmond police").
import type { Candidate } from './gazetteer-store';
import type { RawMatch } from './match-places';

/**
 * Per match key, the ids of the candidates the first qualified mention of that key was narrowed to:
 * "Richmond, California ... Richmond police" → richmond → {Richmond/US.CA}.
 */
export function settledNamesakes(raw: RawMatch[], poolOf: (m: RawMatch) => Candidate[]): Map<string, Set<string>> {
  const settled = new Map<string, Set<string>>();
  for (const m of raw) {
    if (settled.has(m.key) || m.candidates.length < 2) continue;
    const pool = poolOf(m);
    if (pool.length && pool.length < m.candidates.length) settled.set(m.key, new Set(pool.map((c) => c.place.id)));
  }
  return settled;
}
