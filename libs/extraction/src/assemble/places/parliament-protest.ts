// "تجمع متظاهرون أمام البرلمان", "protesters gathered outside parliament": a protest at a country's parliament with no
// town of its own named is in that country's capital, where the parliament sits, not at the country's centre point.
import { capitalOf } from '../../gazetteer/gazetteer-store';
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { PlaceLike, Span } from '../assemble.types';

/** Words placing a crowd at a building: "أمام", "قرب", "outside", "in front of". */
const AT = foldedSet(['أمام', 'امام', 'قرب', 'بالقرب', 'محيط', 'outside', 'front', 'near']);
/** A parliament's names: "البرلمان", "مجلس النواب", "مجلس الشورى", "parliament". */
const PARLIAMENT = foldedSet(['البرلمان', 'برلمان', 'parliament']);
const COUNCIL = foldedSet(['مجلس']);
const CHAMBER = foldedSet(['النواب', 'الشورى', 'الشعب', 'الأمة']);

function parliamentAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (PARLIAMENT.has(t.norm) || t.stems.some((s) => PARLIAMENT.has(s))) return true;
  return COUNCIL.has(t.norm) && CHAMBER.has(tokens[k + 1]?.norm ?? '');
}

/** The capital of a country-level protest place when the clause puts the crowd at the parliament, else null. */
export function parliamentCapital(
  tokens: Token[],
  place: Span<PlaceLike>,
  clause: { first: number; end: number },
): Span<PlaceLike> | null {
  if (place.value.kind !== 'country' || !place.value.country) return null;
  for (let k = clause.first; k < clause.end - 1; k++) {
    if (!AT.has(tokens[k].norm)) continue;
    // "in front of parliament", "outside the parliament": up to two words between.
    for (let j = k + 1; j <= Math.min(k + 3, clause.end - 1); j++)
      if (parliamentAt(tokens, j)) {
        const capital = capitalOf(place.value.country);
        return capital ? { ...place, value: capital } : null;
      }
  }
  return null;
}
