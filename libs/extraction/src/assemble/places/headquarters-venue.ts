// "وقعت جامعة حائل اتفاقية تعاون مع صندوق تنمية الموارد البشرية … وذلك في مقر وزارة العمل بالرياض": an Arabic
// meeting or deal its sentence says was held at a body's headquarters (في مقر / بمقر) in a named place was held
// there, not in a place that only names one of the parties ("جامعة حائل").
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { stopBefore, wordSet } from '../../text/word-sets';

const SEAT = wordSet('مقر مقرها مقره');
const AT = wordSet('في');
/** How far the place may stand after مقر: past the body's name ("مقر الأمانة العامة لمجلس التعاون بالرياض"). */
const SEAT_REACH = 6;

/** "في مقر …", "بمقر …": a glued ب or a free في before the seat noun. */
function atSeat(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.isArabic) return false;
  if (SEAT.has(t.norm)) return AT.has(tokens[k - 1]?.norm ?? '');
  return /^و?ب/.test(t.norm) && t.stems.some((s) => SEAT.has(s));
}

/** The place named within a few words after "في مقر"/"بمقر" in the sentence [sFirst, sEnd), or null. */
export function headquartersVenue(
  text: string,
  tokens: Token[],
  places: Span<PlaceLike>[],
  sFirst: number,
  sEnd: number,
): Span<PlaceLike> | null {
  for (let k = sFirst; k < sEnd; k++) {
    if (!atSeat(tokens, k)) continue;
    const place = places.find((p) => p.first > k && p.first <= k + SEAT_REACH && p.end <= sEnd);
    if (!place) continue;
    let stopped = false;
    for (let j = k + 1; j <= place.first && !stopped; j++) stopped = stopBefore(text, tokens, j, /[.؟?!؛;،,]/);
    if (!stopped) return place;
  }
  return null;
}
