// The spans of an article (places, actors) come in text order: a reader that wants those of one clause finds them by
// binary search instead of testing every span of the article for every trigger, which made long articles
// quadratic. The order is checked once per list (and again if the list grows); a list out of order is returned
// whole, so callers keep their own range test and get the same answer either way.
interface Positioned {
  first: number;
}

const checked = new WeakMap<readonly Positioned[], { length: number; ordered: boolean }>();

function inOrder(spans: readonly Positioned[]): boolean {
  const known = checked.get(spans);
  if (known && known.length === spans.length) return known.ordered;
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i++) ordered = spans[i - 1].first <= spans[i].first;
  checked.set(spans, { length: spans.length, ordered });
  return ordered;
}

/** The spans whose first token lies in [from, to), in list order; the whole list when it is not in text order. */
export function startingWithin<T extends Positioned>(spans: T[], from: number, to: number): T[] {
  if (!inOrder(spans)) return spans;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].first < from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < spans.length && spans[end].first < to) end++;
  return spans.slice(lo, end);
}
