// Sentence and clause splitting with offsets into the original text. A clause is the evidence unit an event is
// built from: long Arabic sentences chain several happenings with commas and discourse markers, so they are cut
// at those markers to keep each happening's actor, place and counts apart.
import { allMatches } from './all-matches';
import { AT_A_TIME_ADVERBS } from './at-a-time-when';

export interface Clause {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Opens with a connective that carries the previous clause's setting over (وأضاف، كما، فيما، and, but). */
  continuation: boolean;
  /** Opens with a marker that changes subject (إلى ذلك، من جهته، في سياق منفصل، meanwhile). */
  topicShift: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  clauses: Clause[];
}

const EN_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'col',
  'lt',
  'sgt',
  'maj',
  'capt',
  'cpt',
  'gov',
  'sen',
  'rep',
  'rev',
  'prof',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'al',
  // Ranks, titles and place words that stand before a name: "Brig. Gen.", "Adm.", "Mt. Lebanon", "Ft. Bragg".
  'brig',
  'adm',
  'cmdr',
  'cdr',
  'pvt',
  'cpl',
  'supt',
  'insp',
  'det',
  'pres',
  'hon',
  'gens',
  'sens',
  'reps',
  'messrs',
  'mt',
  'ft',
  'dept',
  'govt',
  'approx',
  // US state abbreviations of wire datelines and addresses ("ST. PAUL, Minn. — Thousands rallied", "in Dallas, Tex.,
  // on Sunday"); those that are also words ("Ill.", "Mass.", "Miss.", "Ore.", "Wash.") are left out.
  'ala',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'fla',
  'ga',
  'kan',
  'kans',
  'ky',
  'md',
  'mich',
  'minn',
  'mont',
  'neb',
  'nev',
  'okla',
  'tenn',
  'tex',
  'vt',
  'wis',
  'wyo',
]);

// Abbreviations that stand before a number ("No. 10", "Fig. 3", "Art. 245"); before anything else ("the answer was
// no.") the dot ends the sentence.
const BEFORE_NUMBER = new Set(['no', 'nos', 'fig', 'art']);
// Clock times ("at 5 p.m.") end a sentence when a capitalised word follows that is no day, month or time zone.
const CLOCK = new Set(['a.m', 'p.m']);
const AFTER_CLOCK =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|GMT|UTC|ET|EST|EDT|CET|CEST|PST|PDT|BST|IST|local|Local)/;

// Markers that open a new clause when they follow a comma (or open the sentence).
const AR_SHIFT = [
  'إلى ذلك',
  'الى ذلك',
  'من جهته',
  'من جهتها',
  'من جانبه',
  'من جانبها',
  'وفي سياق',
  'في سياق',
  'في الأثناء',
  'في الاثناء',
  'في تلك الأثناء',
  'في تلك الاثناء',
  'في غضون ذلك',
  'وفي غضون ذلك',
  'على صعيد آخر',
  'وعلى صعيد آخر',
  'في المقابل',
  'وفي المقابل',
];
const AR_CONTINUE = ['فيما', 'في حين', 'بينما', 'كذلك', 'كما', 'وكذلك'];
const EN_SHIFT = ['meanwhile', 'separately', 'elsewhere', 'in another development', 'on the other hand'];
const EN_CONTINUE = ['while', 'whereas'];
const CONTINUATION_OPENERS =
  /^(?:[وف]?(?:أضاف|اضاف|أضافت|اضافت|تابع|تابعت|أوضح|اوضح|أوضحت|أشار|اشار|أشارت|بحسب|حسب|قال|قالت|أكد|اكد|أكدت|كما|لكن|لكنه|لكنها|فيما|بينما|حيث|هو|هي|ذلك|كذلك|بعد|عقب|إثر|اثر)|and|but|he added|she added|it added|they added|the group|after|later)(?=[\s،,:]|$)/iu;

// "، في وقت شن طيران التحالف غارات", "، في الوقت الذي قصف": after a comma, "at a time when" opens a happening of its
// own told alongside the last; "في وقت سابق/لاحق/ما/حرج" (earlier, later, some time, a critical time) only dates
// the clause it stands in.
const AR_MEANWHILE = `(?:و?في وقت(?!\\s+(?:${AT_A_TIME_ADVERBS.join('|')})(?:[\\s،,.]|$))|و?في الوقت الذي)`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CLAUSE_MARKER = new RegExp(
  `(?:^|[،,:]\\s*|\\s)(?=(${[...AR_SHIFT, ...AR_CONTINUE].map(escape).join('|')})[\\s،,])|(?:[;,]\\s+|^)(?=(${[...EN_SHIFT, ...EN_CONTINUE].map(escape).join('|')})\\b)|[،,]\\s*(?=(${AR_MEANWHILE})\\s)`,
  'giu',
);
const SHIFT_SET = new Set([...AR_SHIFT, ...EN_SHIFT].map((s) => s.toLowerCase()));

/** Asked of every character: reads its code, not a one-character string (allocated for each Arabic letter). */
function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a) return true; // \n
  if (c === 0x061f || c === 0x21 || c === 0x3f || c === 0x061b) return true; // ؟ ! ? ؛
  if (c !== 0x2e) return false; // .
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if (/\d/.test(prev) && /\d/.test(next)) return false; // 2.5
  if (next === '.') return false; // the last dot of a run ends the sentence
  // English abbreviations and initials: "Mr. Smith", "U.S. forces", "J. Smith".
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 6), i))?.[1]?.toLowerCase() ?? '';
  const after = /^\s*(\S*)/.exec(text.slice(i + 1, i + 24))?.[1] ?? '';
  if (BEFORE_NUMBER.has(word)) return !/^\d/.test(after);
  if (CLOCK.has(word)) return /^[A-Z]/.test(after) && !AFTER_CLOCK.test(after);
  if (EN_ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) return false;
  // Dotted acronyms ("U.S. forces") rarely end a news sentence; treating them as one sentence is the safer error.
  if (/^([a-z]\.)+[a-z]$/.test(word)) return false;
  return true;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s،,:;.\u00bb]/.test(text[start])) start++;
  while (end > start && /[\s،,:;]/.test(text[end - 1])) end--;
  return [start, end];
}

const SHIFT_LIST = [...SHIFT_SET];
const SHIFT_MAX = Math.max(...SHIFT_LIST.map((m) => m.length));

/** The clause opens with a topic-shift marker (any case). Lower-casing a prefix long enough for every marker gives
 * the same answer as lower-casing the whole clause (case mappings never shorten text), without copying it. */
function opensWithShift(clauseText: string): boolean {
  const head = clauseText.slice(0, SHIFT_MAX).toLowerCase();
  for (const m of SHIFT_LIST) if (head.startsWith(m)) return true;
  return false;
}

function splitClauses(text: string, start: number, end: number, sentence: number, out: Clause[]): void {
  const body = text.slice(start, end);
  const cuts: { at: number; marker: string }[] = [];
  for (const m of allMatches(CLAUSE_MARKER, body)) {
    const marker = m[1] ?? m[2] ?? m[3] ?? '';
    const at = (m.index ?? 0) + m[0].length;
    if (at > 0 && at < body.length) cuts.push({ at, marker });
  }
  const bounds = [{ at: 0, marker: '' }, ...cuts, { at: body.length, marker: '' }];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const [s, e] = trimmed(text, start + bounds[k].at, start + bounds[k + 1].at);
    if (e <= s) continue;
    const clauseText = text.slice(s, e);
    const marker = (bounds[k].marker || '').toLowerCase();
    const topicShift = SHIFT_SET.has(marker) || opensWithShift(clauseText);
    out.push({
      start: s,
      end: e,
      text: clauseText,
      sentence,
      topicShift,
      continuation: !topicShift && (k > 0 || CONTINUATION_OPENERS.test(clauseText)),
    });
  }
}

let lastText: string | null = null;
let lastSentences: readonly Sentence[] = [];

/** Splits text into sentences (. ؟ ! ؛ ? newlines; not inside numbers or abbreviations) and their clauses. The last
 * text's answer is kept (the assembler and the header check read the same article): callers must not mutate it. */
export function splitSentences(text: string): readonly Sentence[] {
  if (text === lastText) return lastSentences;
  lastSentences = splitAll(text);
  lastText = text;
  return lastSentences;
}

/** The longest sentence read as one (characters). Longer runs without a sentence end (a page scraped without full
 * stops, a list, a hostile input) are cut into pieces of at most this length at a comma or a space: the place,
 * actor and count readers compare every trigger of a sentence with every place of it and scan the words between,
 * so an unbounded sentence makes one article cost minutes (84,000 characters of one unpunctuated run: hours before
 * the cut, 2 s after). 37 of the 270,000 sentences of the corpus's development days are longer (p99.9 is 1,180);
 * no gold article has one. */
export const MAX_SENTENCE_CHARS = 2000;

/** Where to cut a run longer than MAX_SENTENCE_CHARS: after the last comma in its second half, else at the last
 * space, else at the limit. */
function cutPoint(text: string, s: number): number {
  const limit = s + MAX_SENTENCE_CHARS;
  const half = s + MAX_SENTENCE_CHARS / 2;
  let space = -1;
  for (let i = limit; i > half; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x060c || c === 0x2c) return i; // ، ,
    if (space < 0 && (c === 0x20 || c === 0x0a || c === 0x09)) space = i;
  }
  return space > 0 ? space : limit;
}

function splitAll(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (s: number, e: number) => {
    const clauses: Clause[] = [];
    splitClauses(text, s, e, sentences.length, clauses);
    sentences.push({ start: s, end: e, text: text.slice(s, e), clauses });
  };
  const flush = (to: number) => {
    let [s, e] = trimmed(text, from, to);
    from = to;
    if (e <= s || !/[\p{L}\p{N}]/u.test(text.slice(s, e))) return;
    while (e - s > MAX_SENTENCE_CHARS) {
      const [ps, pe] = trimmed(text, s, cutPoint(text, s));
      if (pe > ps && /[\p{L}\p{N}]/u.test(text.slice(ps, pe))) push(ps, pe);
      [s, e] = trimmed(text, pe > ps ? pe : cutPoint(text, s), e);
    }
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) push(s, e);
  };
  for (let i = 0; i < text.length; i++) {
    if (!isBoundary(text, i)) continue;
    let j = i + 1;
    while (j < text.length && /[\u00bb"'”)\]]/.test(text[j])) j++; // closing quotes stay with the sentence
    flush(j);
    i = j - 1;
  }
  flush(text.length);
  return sentences;
}
