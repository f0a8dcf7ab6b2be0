// Arabic news briefs: one article of several datelined items ("* كابل - «الشرق الأوسط»: قتل ستة … * سيدني -
// «الشرق الأوسط»: اشتبك محتجون … في ملبورن"). Each item's city is where its reporter files from, like the article
// dateline (arabic-dateline.ts): neither a scene nor an actor of the item's happenings. Unlike the article dateline
// it is no fallback either: an item's unplaced happenings are mostly background (measured: two more false events).
import type { PlaceLike, Span } from '../assemble.types';
import { allMatches } from '../../text/all-matches';

/** A line opening with a city (an optional bullet before it), a dash and the source in guillemets or Reuters. */
const ITEM_DATELINE =
  /(?:^|\n)[ \t\u200b-\u200f]*\*?[ \t]*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}[ \t]*[-–—][ \t]*(?:«[^»\n]{1,25}»|رويترز)[ \t]*:/g;

/** The places that are the whole city of an item dateline, in text order. */
export function briefDatelines(text: string, places: Span<PlaceLike>[]): Span<PlaceLike>[] {
  if (!text.includes('«') && !text.includes('رويترز')) return [];
  const out: Span<PlaceLike>[] = [];
  for (const m of allMatches(ITEM_DATELINE, text)) {
    const line = m[0];
    const dash = line.search(/[-–—]/);
    const from = (m.index ?? 0) + line.search(/[\u0600-\u06ff]/);
    const to = (m.index ?? 0) + line.slice(0, dash).trimEnd().length;
    const city = places.find((p) => p.start === from && p.stop === to);
    if (city) out.push(city);
  }
  return out;
}
