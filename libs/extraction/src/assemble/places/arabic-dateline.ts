// Arabic wire datelines: "سبق- جدة:", "رويترز- بنغازي (ليبيا):", "عين اليوم – واشنطن⏎". The city after the agency is
// where the reporter files from, not where the lead's event happened (the English counterpart is datelineLength).

// Sabq puts its reporters before the agency ("عبدالله الراجحي- سبق- جدة:", "بدر العتيبي، عبدالله البرقاوي- سبق- الرياض:"),
// and AFP, dpa and MENA are spelled letter by letter ("أ ف ب- أبو ظبي:", "د ب أ- الرياض:").
const WORD = '[\\u0600-\\u06ff]+';
const NAME = `${WORD}(?: ${WORD}){0,3}`;
const DASH = '\\s*[-–—]\\s*';
// Two reporters may also be joined by a dash: "دعاء بهاء الدين- ريم سليمان- سبق- جدة:".
const REPORTERS = `(?:${NAME}(?:\\s*[،,]\\s*${NAME})*${DASH}){0,2}`;
/** Spaces and the invisible direction marks some copy opens with ("‏‫سبق- جدة:"). */
const LEAD = '[\\s\\u200b-\\u200f\\u202a-\\u202e\\ufeff]*';
const AGENCY = `(?:${WORD}(?: ${WORD})?|[\\u0600-\\u06ff](?: [\\u0600-\\u06ff]){2})`;
const DATELINE = new RegExp(
  `^${LEAD}${REPORTERS}${AGENCY}${DASH}${WORD}(?: ${WORD}){0,2}\\s*(?:\\([^)\\n]{1,20}\\))?\\s*(?::|\\n)`,
);

/** Length of an Arabic wire dateline at the start of the text, or 0 when there is none. */
export function arabicDatelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
