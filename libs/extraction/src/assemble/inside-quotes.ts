// Quotation test: whether an offset lies inside a quotation within its sentence (a quoted mention is a signal).

/** True when an odd number of quote marks (or an unclosed «/“) precede the offset within its sentence. Read by
 * character code: a matchAll over the slice copied its expression and the slice on every trigger. */
export function insideQuotes(text: string, sentenceStart: number, at: number): boolean {
  let open = 0;
  for (let i = Math.max(0, sentenceStart); i < at && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab || c === 0x201c)
      open++; // « “
    else if (c === 0xbb || c === 0x201d)
      open = Math.max(0, open - 1); // » ”
    else if (c === 0x22) open = open ? 0 : 1; // "
  }
  return open > 0;
}
