// Resolves relative dates (اليوم، أمس، أول أمس، الإثنين، today, yesterday, on Monday, last week) against the
// article's publication date, so an event carries the day it happened rather than the day it was reported.
import { foldWord, type Token } from '../text/tokenize';
import { AR_WEEKDAYS, EN_WEEKDAYS } from './weekday-names';

const DAY_MS = 86_400_000;

// 0 = Sunday, as Date.getUTCDay counts.
const WEEKDAY_KEYS = new Map<string, number>(
  [...AR_WEEKDAYS, ...EN_WEEKDAYS].map((name, i) => [foldWord(name), i % 7]),
);

/** Phrases with a fixed offset in days from the publication date. Longest first. */
const OFFSETS: [string[], number][] = [
  [['اول', 'امس'], -2],
  [['امس', 'الاول'], -2],
  [['the', 'day', 'before', 'yesterday'], -2],
  [['الليله', 'الماضيه'], -1],
  [['ليل', 'امس'], -1],
  [['last', 'night'], -1],
  [['الاسبوع', 'الماضي'], -7],
  [['last', 'week'], -7],
  [['امس'], -1],
  [['yesterday'], -1],
  [['اليوم'], 0],
  [['today'], 0],
  [['tonight'], 0],
];

/** First words of the offset phrases: most tokens are none of them, and skip the phrase loop. */
const OFFSET_FIRSTS = new Set(OFFSETS.map(([words]) => words[0]));

/** WEEKDAY_KEYS with the و / ب-prefixed forms added (الاثنين, والاثنين, بالاثنين): one lookup per word, no slice made
 * (this runs for every word of every clause with a trigger). A listed form keeps its own day over a prefixed one. */
const WEEKDAY_FORMS = new Map<string, number>(WEEKDAY_KEYS);
for (const [key, wd] of WEEKDAY_KEYS)
  for (const p of ['و', 'ب']) if (!WEEKDAY_FORMS.has(p + key)) WEEKDAY_FORMS.set(p + key, wd);

/** The word, as written or by one of its stems, opens an offset phrase (a plain loop: no closure per word). */
function opensOffset(norm: string, stems: readonly string[]): boolean {
  if (OFFSET_FIRSTS.has(norm)) return true;
  for (let k = 0; k < stems.length; k++) if (OFFSET_FIRSTS.has(stems[k])) return true;
  return false;
}

let lastStamp: string | null | undefined;
let lastDay: string | null = null;

/** YYYY-MM-DD of an ISO timestamp (UTC), or null when absent/invalid. The last answer is kept: an article's clauses
 * all ask about the same timestamp. */
export function isoDay(publishedAt: string | null | undefined): string | null {
  if (publishedAt === lastStamp) return lastDay;
  let day: string | null = null;
  if (publishedAt) {
    const t = Date.parse(publishedAt);
    day = Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
  }
  [lastStamp, lastDay] = [publishedAt, day];
  return day;
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export interface DateCue {
  date: string;
  cue: string;
  tokenIndex: number;
}

/** The offset phrase `words` stands at token i: its first word by a stem or as written, the others as written. Its
 * own function: an arrow over the loop's `i` made every word of the loop allocate a scope. */
function phraseAt(tokens: Token[], i: number, words: string[]): boolean {
  if (!tokens[i].stems.includes(words[0]) && tokens[i].norm !== words[0]) return false;
  for (let k = 1; k < words.length; k++) if (tokens[i + k].norm !== words[k]) return false;
  return true;
}

/** The first relative-date cue among tokens [from, to), resolved against publishedAt; null when none. */
export function findRelativeDate(
  tokens: Token[],
  from: number,
  to: number,
  publishedAt: string | null | undefined,
): DateCue | null {
  const day = isoDay(publishedAt);
  if (!day) return null;
  for (let i = from; i < to; i++) {
    const { stems, norm } = tokens[i];
    if (opensOffset(norm, stems))
      for (const [words, offset] of OFFSETS) {
        if (i + words.length > to) continue;
        if (phraseAt(tokens, i, words)) return { date: shift(day, offset), cue: words.join(' '), tokenIndex: i };
      }
    // Weekdays mean the latest such day on or before publication (news reports the past).
    const wd = WEEKDAY_FORMS.get(norm);
    if (wd !== undefined) {
      const pub = new Date(`${day}T00:00:00Z`).getUTCDay();
      const back = (pub - wd + 7) % 7;
      return { date: shift(day, -back), cue: tokens[i].norm, tokenIndex: i };
    }
  }
  return null;
}
