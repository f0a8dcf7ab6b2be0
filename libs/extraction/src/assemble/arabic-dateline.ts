// Arabic wire datelines: "سبق- جدة:", "رويترز- بنغازي (ليبيا):", "عين اليوم – واشنطن⏎". The city after the agency is
// where the reporter files from, not where the lead's event happened (the English counterpart is datelineLength).

const DATELINE =
  /^\s*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?\s*[-–—]\s*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}\s*(?:\([^)\n]{1,20}\))?\s*(?::|\n)/;

/** Length of an Arabic wire dateline at the start of the text, or 0 when there is none. */
export function arabicDatelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
