// "DHAKA (Reuters) - … deployed troops in the capital", "KATHMANDU — police opened fire on protesters in the
// capital": a wire story filed from a national capital calls that city "the capital" without naming it again. The
// bare phrase, after a word that places it, is then a mention of the dateline city (the gazetteer has no entry for
// it). Stories filed from elsewhere are left alone: which capital they mean is not sure.
import { capitalOf } from '../../gazetteer/gazetteer-store';
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

/** Words that place "the capital": "in the capital", "south of the capital", "across the capital". */
const PLACING = new Set([
  'in',
  'into',
  'across',
  'around',
  'near',
  'outside',
  'inside',
  'throughout',
  'of',
  'at',
  'to',
]);

/** Words after "capital" that make it something else or name it: "capital markets", "the capital's streets". */
const NOT_BARE = new Set([
  's',
  "'s",
  'punishment',
  'city',
  'markets',
  'market',
  'gains',
  'spending',
  'flight',
  'expenditure',
]);

/** Parts of a city that "the capital's" may own: "shook the capital's eastern districts", "in the capital's
 * southern suburbs". The possessive then names a spot in the city whatever word comes before it, unlike "the
 * capital's mayor" or "the capital's residents". */
const CITY_PARTS = new Set([
  'district',
  'districts',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'suburb',
  'suburbs',
  'outskirts',
  'streets',
  'street',
  'centre',
  'center',
  'quarter',
  'quarters',
  'airport',
]);
/** Words between the possessive and the part: "eastern", "only functioning", "international". */
const MAX_PART_WORDS = 2;

/** "the capital's eastern districts": the possessive "'s" at k + 2 owns a city part within a few lowercase words. */
function ownsCityPart(tokens: Token[], k: number): boolean {
  const s = tokens[k + 2];
  if (!s || (s.norm !== 's' && s.norm !== "'s")) return false;
  for (let j = k + 3; j <= k + 3 + MAX_PART_WORDS && j < tokens.length; j++) {
    const w = tokens[j];
    if (CITY_PARTS.has(w.norm)) return true;
    if (!/^\p{Ll}/u.test(w.surface)) return false;
  }
  return false;
}

/** "the capital" mentions of the dateline city, when that city is its country's capital; none otherwise. */
export function datelineCapitalMentions(
  tokens: Token[],
  dateline: Span<PlaceLike> | null,
  from: number,
): Span<PlaceLike>[] {
  const city = dateline?.value;
  if (!city?.country || city.kind === 'country' || capitalOf(city.country)?.id !== city.id) return [];
  const out: Span<PlaceLike>[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    const the = tokens[k];
    const word = tokens[k + 1];
    if (the.start < from || the.norm !== 'the' || word.norm !== 'capital') continue;
    // "the capital Kabul" (the name is its own mention), "the capital's", "the capital markets": no bare capital.
    const next = tokens[k + 2];
    if (ownsCityPart(tokens, k)) {
      out.push({ first: k, end: k + 2, start: the.start, stop: word.end, surface: 'the capital', value: city });
      continue;
    }
    if (next && (/^\p{Lu}/u.test(next.surface) || NOT_BARE.has(next.norm))) continue;
    if (!PLACING.has(tokens[k - 1].norm)) continue;
    out.push({ first: k, end: k + 2, start: the.start, stop: word.end, surface: 'the capital', value: city });
  }
  return out;
}
