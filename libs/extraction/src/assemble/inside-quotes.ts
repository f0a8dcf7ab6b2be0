// Quotation test: whether an offset lies inside a quotation within its sentence (a quoted mention is a signal).
const QUOTE_CHARS = /[«»“”"]/g;

/** True when an odd number of quote marks (or an unclosed «/“) precede the offset within its sentence. */
export function insideQuotes(text: string, sentenceStart: number, at: number): boolean {
  let open = 0;
  for (const m of text.slice(sentenceStart, at).matchAll(QUOTE_CHARS)) {
    if (m[0] === '«' || m[0] === '“') open++;
    else if (m[0] === '»' || m[0] === '”') open = Math.max(0, open - 1);
    else open = open ? 0 : 1;
  }
  return open > 0;
}
