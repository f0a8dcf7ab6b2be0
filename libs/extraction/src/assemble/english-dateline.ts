// English wire datelines ("TAIZ, Yemen (Marsad) — "): where the reporter files from, not where the lead's event
// happened (the Arabic counterpart is arabic-dateline.ts).
import type { PlaceLike } from './assemble.types';

/** "TAIZ, Yemen (Marsad) — ", "DOHA/KINSHASA, July 19 (Reuters) - ", "GOMA, Democratic Republic of Congo, May 19
 * (Reuters) - ", "RIYADH: ", "ABU DHABI // ": an upper-case city (several joined by "/"), up to two comma parts
 * (country, date), an optional agency in brackets, then a dash, a colon ("ISLAMABAD/KABUL: ") or "//". */
const UPPER_DATELINE =
  /^\s*[A-Z][A-Z .'’-]*[A-Z](?:\/[A-Z][A-Z .'’-]*[A-Z])*(?:,\s*[A-Z][\w .'’-]{1,40}){0,2}\s*(?:\([^)\n]{1,30}\))?\s*(?:—|–|--|-|\/\/)\s/;
const UPPER_COLON = /^\s*[A-Z][A-Z .'’-]*[A-Z](?:\/[A-Z][A-Z .'’-]*[A-Z])*:\s/;
/** "Sanaa (AFP) - ", "Kabul (AFP) - ": a title-case city is a dateline only with its agency in brackets. */
const AGENCY_DATELINE =
  /^\s*[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){0,2}(?:,\s*[A-Z][\w .'’-]{1,40})?\s*\([^)\n]{1,30}\)\s*(?:—|–|--|-)\s/;
/** "ANKARA\n\n": an upper-case city alone on the first line. */
const CITY_LINE = /^\s*[A-Z][A-Z .'’-]*[A-Z][ \t]*\n/;

/** Length of an English wire dateline ("TAIZ, Yemen (Marsad) — "), or 0 when the text does not open with one. */
export function datelineLength(text: string): number {
  const m = UPPER_DATELINE.exec(text) ?? UPPER_COLON.exec(text) ?? AGENCY_DATELINE.exec(text) ?? CITY_LINE.exec(text);
  return m ? m[0].length : 0;
}

/** "By Jane Doe and Ali Hassan\n": a byline on its own line before the dateline (scraped wire pages keep it): names
 * only, capitalised, joined by commas or "and". */
const BYLINE = /^\s*By [A-Z][\w.'’-]*(?:(?:,| and|,? and)? [A-Z][\w.'’-]*){0,7}[ \t]*(?=\n)/;

/** The text with an opening byline blanked (same length, so every offset stays valid): the reporters' names are no
 * actors, and the lead stays the article's first sentence, the dateline its opening. */
export function blankByline(text: string): string {
  const by = BYLINE.exec(text);
  return by ? ' '.repeat(by[0].length) + text.slice(by[0].length) : text;
}

interface Mention {
  value: { id?: string; country?: string | null };
}

/** "SRINAGAR/ISLAMABAD -", "DOHA/GOMA, Nov 15 -": of several dateline cities (in text order) the one the story
 * belongs to: the first the body names again, else the first whose country the body names (by a place or an
 * actor), else the first. One city is returned as it is. */
export function storyCity<T extends { value: PlaceLike }>(cities: T[], named: Mention[], actors: Mention[]): T | null {
  if (cities.length < 2) return cities[0] ?? null;
  const again = cities.find((c) => named.some((n) => n.value.id === c.value.id));
  if (again) return again;
  const countries = new Set([...named, ...actors].map((m) => m.value.country).filter((cc) => !!cc));
  return cities.find((c) => !!c.value.country && countries.has(c.value.country)) ?? cities[0];
}
