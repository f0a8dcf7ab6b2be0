// A shadda the writer puts on a name tells two places of one folded spelling apart: عمّان (Amman) is never عُمان
// (Oman), though normalizeKey drops every mark and both key to عمان. A curated name written with its shadda
// (places.curated.ts: 'عمّان') is indexed by where the shadda sits; a match written with a shadda there keeps only
// the candidates so named. A shadda elsewhere, or none, leaves the choice to the text's context as before.
import { normalizeKey } from '@marsad/contracts';

const SHADDA = 0x0651;

/** Arabic marks that sit on a letter (harakat, tanween, sukun, dagger alef, tatweel): not a letter position. */
function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

/** The letter positions of `written` that carry a shadda ("1" for عمّان), or '' when none does. Spaces count as
 * positions, so a multi-word name and its written form line up. */
export function shaddaSignature(written: string): string {
  if (!written.includes('\u0651')) return '';
  const at: number[] = [];
  let letter = -1;
  for (let i = 0; i < written.length; i++) {
    const c = written.charCodeAt(i);
    if (c === SHADDA) {
      if (letter >= 0 && at[at.length - 1] !== letter) at.push(letter);
    } else if (!isMark(c)) letter++;
  }
  return at.join(',');
}

/** key → shadda signature → ids of the places whose curated name is so written. */
export type ShaddaIndex = Map<string, Map<string, Set<string>>>;

/** Records a curated name written with a shadda (no-op for the others). */
export function indexShadda(index: ShaddaIndex, name: string, id: string): void {
  const signature = shaddaSignature(name);
  if (!signature) return;
  const key = normalizeKey(name);
  let bySignature = index.get(key);
  if (!bySignature) index.set(key, (bySignature = new Map()));
  let ids = bySignature.get(signature);
  if (!ids) bySignature.set(signature, (ids = new Set()));
  ids.add(id);
}

/** The candidates a match written as `surface` names, when its shadda picks some of them out; else `candidates`. */
export function shaddaCandidates<C extends { place: { id: string } }>(
  index: ShaddaIndex,
  key: string,
  surface: string,
  candidates: C[],
): C[] {
  const bySignature = index.get(key);
  if (!bySignature) return candidates;
  const ids = bySignature.get(shaddaSignature(surface));
  if (!ids) return candidates;
  const named = candidates.filter((c) => ids.has(c.place.id));
  return named.length ? named : candidates;
}
