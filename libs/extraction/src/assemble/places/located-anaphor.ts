// "فر المسلحون من مواقعهم في المحافظة التي تسعى القوات إلى استعادتها لتأمين عدن": a bare definite place noun set as
// the happening's location ("في المحافظة", "بالمدينة") points back at the province or city named before; a name told
// after it (in a relative clause, a purpose) is another place the sentence mentions, not the scene. Arabic only.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Place nouns that, definite and bare, point back at a place named before. */
const PLACE_NOUN = foldedSet(['المدينة', 'البلدة', 'القرية', 'المحافظة', 'الولاية', 'الإقليم', 'المقاطعة']);
/** Free-standing locatives; "بالمدينة", "وفي المحافظة" are read through their stems. */
const LOCATIVE = foldedSet(['في', 'داخل']);
const GLUED_LOCATIVE = /^و?(ب|في)ال/;

/** Index of a located bare place noun in tokens [from, to) that no place name sits on or right after, or -1. */
export function locatedPlaceAnaphor(tokens: Token[], places: Span<PlaceLike>[], from: number, to: number): number {
  for (let k = Math.max(from, 1); k < to; k++) {
    const t = tokens[k];
    if (!t.isArabic) continue;
    const bare = PLACE_NOUN.has(t.norm) && LOCATIVE.has(tokens[k - 1].norm);
    const glued = GLUED_LOCATIVE.test(t.norm) && t.stems.some((s) => PLACE_NOUN.has(s));
    if (!bare && !glued) continue;
    // "في المدينة المنورة", "بالمحافظة الشرقية": named, not pointing back.
    if (places.some((p) => p.first <= k + 1 && p.end > k)) continue;
    return k;
  }
  return -1;
}
