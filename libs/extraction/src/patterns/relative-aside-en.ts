// "The EMC, which rejected the 2016 peace deal, attacked a base": an English non-restrictive relative clause (set off
// by a comma) describes who or what the sentence is about; its verb is background, not the news, unless the clause
// dates its act to the news days ("the army, which launched the offensive on Monday, said …").
import type { Token } from '../text/tokenize';
import { foldedSet } from '../text/word-sets';

const RELATIVE = foldedSet(['which', 'who']);
/** Words that date an act to the days of the report. */
const RECENT = foldedSet(
  'today yesterday tonight overnight earlier monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

const AUXILIARIES = foldedSet(['was', 'were', 'had', 'has', 'have', 'been', 'is', 'are']);

/** Punctuation (a comma, a dash) stands between two tokens. */
const setOff = (a: Token, b: Token) => b.start - a.end > 1;

/** Reporting verbs that put their speaker after them ("said the spokesman"). */
const SAYING = foldedSet(['said', 'says', 'added', 'adds']);

/** The phrase ending at `last` is a speaker named after its reporting verb: "…," said army spokesman X. */
function speakerOfQuote(tokens: Token[], last: number): boolean {
  let first = last;
  while (first > 0 && last - first < 10 && !setOff(tokens[first - 1], tokens[first])) first--;
  return first > 0 && first < last && SAYING.has(tokens[first].norm) && setOff(tokens[first - 1], tokens[first]);
}

/** The English verb trigger at `trigger` opens a comma-set relative clause and no recent day dates it. */
export function relativeAside(tokens: Token[], trigger: number, clauseEnd: number): boolean {
  const t = tokens[trigger];
  // "Shor, who was convicted in absentia": auxiliaries may stand between the pronoun and the verb.
  let p = trigger - 1;
  while (p > trigger - 3 && AUXILIARIES.has(tokens[p]?.norm ?? '')) p--;
  const pronoun = tokens[p];
  const head = tokens[p - 1];
  if (!t || t.isArabic || !pronoun || !head || !RELATIVE.has(pronoun.norm) || !setOff(head, pronoun)) return false;
  // '"…," said army spokesman Winthai Suvaree, who blamed Cambodian units': the speaker just quoted goes on
  // speaking in the clause, news like the quote.
  if (p === trigger - 1 && speakerOfQuote(tokens, p - 1)) return false;
  // The clause runs to the next comma (or the clause's end): a recent day inside it makes the act news.
  for (let k = trigger; k < clauseEnd; k++) {
    if (RECENT.has(tokens[k].norm)) return false;
    if (k > trigger && setOff(tokens[k - 1], tokens[k])) break;
  }
  return true;
}

/**
 * The English word at `k` stands inside a comma-set relative clause that closes before the trigger at `trigger`:
 * "Tinubu, who had vowed that no ransom would be paid, praised the forces" — the aside's "would" is its own, not
 * the main verb's.
 */
export function insideClosedAside(tokens: Token[], k: number, trigger: number): boolean {
  let closed = false;
  for (let j = k + 1; j <= trigger && !closed; j++) closed = setOff(tokens[j - 1], tokens[j]);
  if (!closed) return false;
  let first = k;
  while (first > 0 && !setOff(tokens[first - 1], tokens[first])) first--;
  return first > 0 && !tokens[first].isArabic && ASIDE_OPENERS.has(tokens[first].norm);
}
const ASIDE_OPENERS = foldedSet(['which', 'who', 'whose']);

/** Nouns of a long war or crisis whose start an aside tells (not a day's "fighting" or "clashes", whose start is news). */
const CONFLICTS = foldedSet('war wars conflict crisis siege insurgency uprising rebellion'.split(' '));
/** Verbs of starting: "which began with", "which erupted after", "which was sparked by". */
const ORIGINS = foldedSet('began begun started erupted broke sparked triggered'.split(' '));
const ORIGIN_REACH = 20;
const ABBREVIATION = /^(?:[A-Z]|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * "The war, which began with the Hamas-led attack on southern Israel on Oct. 7 that killed about 1,200 people, has
 * killed …": a comma-set aside on a war noun telling how the war began is its history, so a happening named inside
 * it is background — unless a recent day dates the start ("the offensive, which began on Monday with air strikes").
 */
export function originAside(tokens: Token[], trigger: number, sentenceFirst: number): boolean {
  for (let p = trigger - 1; p > sentenceFirst && trigger - p <= ORIGIN_REACH; p--) {
    if (RECENT.has(tokens[p].norm)) return false;
    // A comma or dash between here and the trigger closes the aside ("which began in 2011, flared again as jets
    // struck"); the dot of an abbreviation ("Oct. 7", "U.S.") does not.
    if (setOff(tokens[p], tokens[p + 1]) && !ABBREVIATION.test(tokens[p].surface)) return false;
    if (!RELATIVE.has(tokens[p].norm) || !setOff(tokens[p - 1], tokens[p])) continue;
    if (!CONFLICTS.has(tokens[p - 1].norm)) return false;
    let v = p + 1;
    while (v < trigger && AUXILIARIES.has(tokens[v].norm)) v++;
    return v < trigger && ORIGINS.has(tokens[v].norm);
  }
  return false;
}
