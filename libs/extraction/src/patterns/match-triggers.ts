// Finds trigger phrases among tokens. Lexicons list bare forms; a token matches through its clitic-stripped
// stems (least stripped first), and verbs only through conjunction/future prefixes, so الطالب (the student)
// never reads as طالب (demanded).
import type { Token } from '../text/tokenize';
import type { Compiled, StartList, TriggerIndex } from './compile-triggers';
import { gapSize, isGap } from './trigger-gaps';
import { senseFits } from './trigger-senses';
import type { TriggerSpec } from './trigger.types';
import { prefixOf, verbReading, withAlif, wordMatches } from './word-readings';

export interface TriggerMatch {
  spec: TriggerSpec;
  /** Token range [first, end). */
  first: number;
  end: number;
  /** Character offsets in the original text. */
  start: number;
  stop: number;
}

const NO_READINGS: readonly string[] = [];

/** The readings of a word (its norm and its stems with a restored plural alif, as wordMatches reads it) that are
 * `rest` words of some gapped phrase: a pure function of the surface, memoised in its slots for the index last
 * asked. Most words hold none. */
function restReadings(token: Token, index: TriggerIndex): readonly string[] {
  const slots = token.slots;
  if (slots.restIndex === index) return slots.restReadings;
  let out: string[] | null = null;
  if (index.restWords.has(token.norm)) out = [token.norm];
  for (const s of withAlif(token)) if (index.restWords.has(s) && !out?.includes(s)) (out ??= []).push(s);
  slots.restIndex = index;
  return (slots.restReadings = out ?? NO_READINGS);
}

/** Every reading by which a word of tokens [from, to) can match a gapped phrase's rest word (wordMatches). A gapped
 * phrase with a word outside them cannot match in that range. */
function readingsOf(tokens: Token[], from: number, to: number, index: TriggerIndex): Set<string> {
  const out = new Set<string>();
  for (let k = from; k < to; k++) for (const s of restReadings(tokens[k], index)) out.add(s);
  return out;
}

// Plain loops instead of .some/.every with an arrow: tryPhrase runs for every candidate phrase of every clause, and
// a closure over its parameters cost a context allocation on each call.
function someIn(words: readonly string[], set: Set<string>): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

function allIn(words: readonly string[], set: Set<string>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/** The readings of the last range asked (one matcher run's clause), built at its first gapped phrase tried: a gapped
 * phrase scans up to 13 words per gap, and the commonest first words ("أن ~~~ …") start dozens of them. Kept here,
 * not in a closure per run, so that a run that tries no gapped phrase allocates nothing for it. */
let lastRange: { tokens: Token[]; from: number; to: number; index: TriggerIndex; present: Set<string> } | null = null;

function rangeReadings(tokens: Token[], from: number, to: number, index: TriggerIndex): Set<string> {
  const r = lastRange;
  if (r && r.tokens === tokens && r.from === from && r.to === to && r.index === index) return r.present;
  const present = readingsOf(tokens, from, to, index);
  lastRange = { tokens, from, to, index, present };
  return present;
}

/** The phrases of a start list that can match in tokens [from, to), in rank order: the open ones and the gapped ones
 * whose gate word the range holds (a gapped phrase needs all its rest words there: tryPhrase). */
function candidates(start: StartList, tokens: Token[], from: number, to: number, index: TriggerIndex): Compiled[] {
  if (!start.gates.length) return start.open;
  const present = rangeReadings(tokens, from, to, index);
  let out: Compiled[] | null = null;
  for (let g = 0; g < start.gates.length; g++)
    if (present.has(start.gates[g])) (out ??= [...start.open]).push(...start.gated[g]);
  return out ? out.sort((a, b) => a.rank - b.rank) : start.open;
}

/** Tries one compiled phrase at token i (whose stem matched the first word); returns the end index or -1.
 * `from` is the clause start, for sense rules that look at the subject. */
function tryPhrase(tokens: Token[], i: number, c: Compiled, limit: number, from: number, index: TriggerIndex): number {
  if (c.notAfter.size && i > 0 && someIn(tokens[i - 1].stems, c.notAfter)) return -1;
  if (c.rest.length && !allIn(c.rest, rangeReadings(tokens, from, limit, index))) return -1;
  let j = i + 1;
  for (let k = 1; k < c.words.length; k++) {
    const w = c.words[k];
    if (isGap(w)) {
      const next = c.words[k + 1];
      const gap = gapSize(w);
      let found = -1;
      // A gap counts words: a hyphenated compound ("two anti-ship missiles") is one.
      for (let g = 0, skipped = 0; skipped <= gap && j + g < limit; g++) {
        if (wordMatches(tokens[j + g], next)) {
          found = j + g;
          break;
        }
        if (!tokens[j + g].joined) skipped++;
      }
      if (found < 0) return -1;
      j = found + 1;
      k++;
      continue;
    }
    if (j >= limit || !wordMatches(tokens[j], w)) return -1;
    j++;
  }
  if (j < limit && c.notBefore.size && someIn(tokens[j].stems, c.notBefore)) return -1;
  if (c.sense && !senseFits(tokens, i, j, c.sense, from, limit)) return -1;
  return j;
}

/** A long stem ending in the accusative alif, without it (هجوما -> هجوم); null for verbs' own alif (دعا) and plural
 * verbs (اتهموا). */
function accusativeBase(stem: string): string | null {
  if (stem.length < 5 || !stem.endsWith('ا') || stem.endsWith('اا') || stem.endsWith('وا')) return null;
  return stem.slice(0, -1);
}

/** Nouns in the accusative carry a written alif (استنفارا, هجوما, قصفا): a noun trigger also matches its form
 * without that alif. Only nouns, only long words: دعا and ادانا are verbs whose alif is their own. */
function accusativeMatch(
  tokens: Token[],
  i: number,
  index: TriggerIndex,
  to: number,
  from: number,
): { c: Compiled; end: number } | null {
  const token = tokens[i];
  if (!token.isArabic || !token.norm.endsWith('ا')) return null;
  for (const stem of token.stems) {
    const bare = accusativeBase(stem);
    if (!bare) continue;
    const start = index.byFirst.get(bare);
    if (!start) continue;
    for (const c of candidates(start, tokens, from, to, index)) {
      if (c.spec.voice !== 'noun') continue;
      const end = tryPhrase(tokens, i, c, to, from, index);
      if (end > 0) return { c, end };
    }
  }
  return null;
}

/** Whether some reading of the token (its stems, a restored plural alif, an accusative noun's alif dropped) is the
 * first word of a trigger: a pure function of the surface, memoised in the surface's slots for the index last asked.
 * Most words start none, so the matcher, run several times over each clause, skips them with one field read. */
function mayStart(token: Token, index: TriggerIndex): boolean {
  const slots = token.slots;
  if (slots.triggerIndex === index) return slots.startsTrigger;
  let known = withAlif(token).some((s) => index.byFirst.has(s));
  if (!known && token.isArabic && token.norm.endsWith('ا'))
    known = token.stems.some((s) => {
      const bare = accusativeBase(s);
      return bare !== null && index.byFirst.has(bare);
    });
  slots.triggerIndex = index;
  slots.startsTrigger = known;
  return known;
}

/** Whether any word of the text could start a trigger: when none can, no clause has one (an exact pre-check that
 * spares most of the work on articles about sport, markets or culture). */
export function anyTriggerStart(tokens: Token[], index: TriggerIndex): boolean {
  return tokens.some((t) => !t.isNumber && mayStart(t, index));
}
type Best = { c: Compiled; end: number } | null;

/** The best of `best` and the phrases of `list` matching at token i (whose reading `stem` starts them): the longest,
 * and of equally long ones the earlier ranked, so that the answer does not hang on the order lists are tried in.
 * `prefix`: prefixOf(tokens[i], stem) for an Arabic token. */
function bestOf(
  list: readonly Compiled[],
  tokens: Token[],
  i: number,
  stem: string,
  prefix: string | null,
  from: number,
  to: number,
  index: TriggerIndex,
  best: Best,
): Best {
  for (const c of list) {
    if (c.spec.voice !== 'noun' && tokens[i].isArabic && !verbReading(tokens, i, stem, prefix, c.words.length === 1))
      continue;
    const end = tryPhrase(tokens, i, c, to, from, index);
    if (end > 0 && (!best || end > best.end || (end === best.end && c.rank < best.c.rank))) best = { c, end };
  }
  return best;
}

/** All non-overlapping trigger matches in tokens [from, to), left to right. */
export function matchTriggers(tokens: Token[], index: TriggerIndex, from = 0, to = tokens.length): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    let best: Best = null;
    if (!token.isNumber && mayStart(token, index)) {
      for (const stem of withAlif(token)) {
        const start = index.byFirst.get(stem);
        if (!start) continue;
        // What is written before the stem (prefixOf), read once for all the verb phrases of the stem.
        const prefix = token.isArabic ? prefixOf(token, stem) : null;
        best = bestOf(start.open, tokens, i, stem, prefix, from, to, index, best);
        if (start.gates.length) {
          const present = rangeReadings(tokens, from, to, index);
          for (let g = 0; g < start.gates.length; g++)
            if (present.has(start.gates[g]))
              best = bestOf(start.gated[g], tokens, i, stem, prefix, from, to, index, best);
        }
        if (best) break;
      }
      if (!best) best = accusativeMatch(tokens, i, index, to, from);
    }
    if (best) {
      // A '~~' phrase ("ألقت الشرطة التركية القبض") is reported as its verb, so that the subject in the gap is read
      // as the actor; its object words are still consumed.
      const end = best.c.head ? i + best.c.head : best.end;
      out.push({ spec: best.c.spec, first: i, end, start: token.start, stop: tokens[end - 1].end });
      i = best.c.spec.keepsGap ? end : best.end;
    } else i++;
  }
  return out;
}
