// English wire datelines ("TAIZ, Yemen (Marsad) — "): where the reporter files from, not where the lead's event
// happened (the Arabic counterpart is arabic-dateline.ts).

/** Length of an English wire dateline ("TAIZ, Yemen (Marsad) — "), or 0 when the text does not open with one. */
export function datelineLength(text: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:,\s*[A-Z][\w .'’-]{1,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-)\s/.exec(
    text,
  );
  return m ? m[0].length : 0;
}
