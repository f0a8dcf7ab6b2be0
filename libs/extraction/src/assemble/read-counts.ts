// Attaches casualty and size counts to a clause. Every figure belongs to one casualty word at most (the nearest:
// "قتل 13 وأصيب 85" gives 13 dead and 85 hurt), so a trigger can take its own figure ("مقتل 8 … مقتل 7") while
// the clause's happening takes all of them (15). Running totals ("ارتفع عدد الشهداء إلى 5", "حصيلة", "the toll
// rose to") are flagged so merging prefers them; a figure after بينهم / including is a subset and never counts;
// years, percentages and durations are not counts; "no one was killed" is an explicit 0.
import { countInNoun, readNumbers, type NumberMention } from '../numbers/read-numbers';
import type { Token } from '../text/tokenize';
import {
  ASSASSINATION,
  DEATH,
  EN_RISE,
  INJURY,
  PEOPLE,
  SUBSET as SUBSET_WORDS,
  TOLL_WORDS,
  TO_DEATH,
  TOTAL,
  VAGUE,
} from './count-words.data';
import { compoundAfter, diedOf, explicitZero, has, isCountable, nounCount, weLost } from './count-parts';
import { conjunctBreaks, conjunctTally, countsEarlier, cumulative, warScale } from './count-scope';
import { lumpedFate } from './count-lumped';
import { companionsAfter } from './count-companions';
import { fillersBetween, partOfTheDead, victimListFor } from './count-lists-en';

export interface CountCue {
  /** Token index of the casualty word. */
  at: number;
  kind: 'killed' | 'injured';
  value: number;
  /** A running total of the happening rather than one group's figure. */
  total: boolean;
}

export interface ClauseCounts {
  killed: number | null;
  injured: number | null;
  size: number | null;
  cues: string[];
  /** Each casualty word with the figure it owns, in text order. */
  tally: CountCue[];
  /** Token indices where a further conjunct of the clause starts ("فيما", "while"). */
  breaks: number[];
}

const CONJ = new Set(['and', 'و', 'or', 'او']);

function isVague(tokens: Token[], n: NumberMention): boolean {
  for (let k = n.first; k < n.end; k++) if (has(tokens[k], VAGUE)) return true;
  return false;
}

// The noun اغتيال is a cue only indefinite ("اغتيال القيادي"); "الاغتيالات" names a kind of incident.
function isCue(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (has(t, INJURY) && !has(t, DEATH) && diedOf(tokens, k)) return false;
  if (has(t, TO_DEATH.word)) return has(tokens[k - 1], TO_DEATH.before);
  // "plotted to kill three officials": an aim, not a toll.
  if (t.norm === 'kill' && tokens[k - 1]?.norm === 'to') return false;
  return has(t, DEATH) || has(t, INJURY) || has(t, ASSASSINATION) || /^[وبل]?اغتيال$/.test(t.norm) || weLost(tokens, k);
}

function cueBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isCue(tokens, j)) return true;
  return false;
}

/** A cue word carrying its own conjunction ("وأصيب") starts a new pair: the figure before it is the last cue's. */
const opensPair = (tokens: Token[], k: number) =>
  CONJ.has(tokens[k - 1]?.norm ?? '') || (tokens[k].isArabic && tokens[k].norm.startsWith('و') && k > 0);

function startsConjunct(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (tokens[j].isArabic && tokens[j].norm.length > 3 && tokens[j].norm.startsWith('و')) return true;
  return false;
}

/** Punctuation between two Latin tokens, seen as a gap wider than one space. */
function punctuatedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j + 1].start - tokens[j].end > 1) return true;
  return false;
}

const EN_AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'reportedly']);

/** "At least 21 civilians, including seven children, were killed": the figure before the subset aside. */
function beforeSubset(tokens: Token[], numbers: NumberMention[], taken: Set<NumberMention>, k: number, from: number) {
  if (tokens[k].isArabic) return null;
  let j = k - 1;
  while (j >= from && EN_AUX.has(tokens[j].norm)) j--;
  // The aside: "including seven children", "among them four children", "most of them women" (at most five words).
  let s = -1;
  for (let i = j; i >= Math.max(from, j - 5); i--)
    if (has(tokens[i], SUBSET_WORDS) || (tokens[i].norm === 'of' && tokens[i + 1]?.norm === 'them' && i > from)) {
      // "most of them women": the aside opens on the word before "of them".
      s = tokens[i].norm === 'of' ? i - 1 : i;
      break;
    }
  if (s < 0 || j === k - 1) return null;
  return numbers.find((n) => !taken.has(n) && n.end <= s && s - n.end <= 2 && n.first >= from) ?? null;
}

/** English "to N" is a toll only after a verb of rising ("the toll rose to 5"), not "according to two sources". */
function risesBetween(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (has(tokens[j], EN_RISE)) return true;
  return false;
}

const EN_ONE = new Set(['a', 'an']);
const EN_SMALL = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;

/** "killing a 64-year-old man", "killed a police officer": one victim named after an English death verb. */
function englishOneAfter(tokens: Token[], k: number, to: number): number | null {
  const t = tokens[k];
  if (t.isArabic || !/^(?:killing|killed)$/.test(t.norm) || !EN_ONE.has(tokens[k + 1]?.norm ?? '')) return null;
  for (let j = k + 2; j < Math.min(to, k + 6); j++) {
    if (tokens[j + 1] && tokens[j + 1].start - tokens[j].end > 1 && countInNoun(tokens[j]) === null) return null;
    if (countInNoun(tokens[j]) !== 1) continue;
    // "killing a man, a woman and two children": a list of victims is not one.
    const head = (t: Token | undefined) => !!t && (EN_ONE.has(t.norm) || t.isNumber || EN_SMALL.test(t.norm));
    const listed = tokens[j + 1]?.norm === 'and' ? head(tokens[j + 2]) : head(tokens[j + 1]);
    return listed ? null : 1;
  }
  return null;
}

interface Pair {
  cue: number;
  n: NumberMention;
  d: number;
  after: boolean;
}

/** Every admissible (cue, figure) pair: "5 قتلى", "مقتل 5", "killed 12", "12 people were killed". */
function pairsOf(tokens: Token[], numbers: NumberMention[], cues: number[]): Pair[] {
  const out: Pair[] = [];
  for (const k of cues)
    for (const n of numbers) {
      const after = n.first > k;
      const d = after ? n.first - k : k - (n.end - 1) - fillersBetween(tokens, n.end, k);
      if (d > (after ? 3 : 4) || d < 1) continue;
      // "killed 5 and 30 wounded": a figure after a conjunction belongs to the next cue.
      if (after && CONJ.has(tokens[n.first - 1]?.norm ?? '')) continue;
      // "وقتل طواقمها، وتدمير 3 رشاشات": a word with its own و starts the next conjunct, which owns the figure.
      if (after && startsConjunct(tokens, k + 1, n.first)) continue;
      if (!after && opensPair(tokens, k)) continue;
      // "on Aug. 23, killing two": in English a figure before its cue never stands across a comma.
      if (!after && !tokens[k].isArabic && punctuatedBetween(tokens, n.end - 1, k)) continue;
      // "لقي 7 مصرعهم وأصيب 54": another casualty word between the cue and the figure owns the figure.
      if (cueBetween(tokens, after ? k + 1 : n.end, after ? n.first : k)) continue;
      out.push({ cue: k, n, d, after });
    }
  // Nearest first; on a tie Arabic reads the figure after the verb (قتل 13), English before it (12 killed).
  return out.sort(
    (a, b) => a.d - b.d || Number(a.after !== tokens[a.cue].isArabic) - Number(b.after !== tokens[b.cue].isArabic),
  );
}

const OF = new Set(['من', 'of']);

/** "أن 13 عنصرا من الحوثيين وقوات صالح قتلوا", "لقي سبعة من عناصر الجماعة مصرعهم", "three of the soldiers were
 * killed": a figure with its partitive من / of up to ten words before the casualty word it counts. */
function partitiveBefore(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  k: number,
  from: number,
): NumberMention | null {
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i];
    if (n.end > k || taken.has(n) || n.first < from) continue;
    if (k - n.end > 10) return null;
    const of = OF.has(tokens[n.end]?.norm ?? '') ? n.end : OF.has(tokens[n.end + 1]?.norm ?? '') ? n.end + 1 : -1;
    if (of < 0 || cueBetween(tokens, n.end, k)) return null;
    return n;
  }
  return null;
}

/** Reads killed / injured / size counts in tokens [from, to) (one clause). */
export function readCounts(tokens: Token[], from: number, to: number, sizeAnchor: number | null = null): ClauseCounts {
  const all = readNumbers(tokens.slice(from, to))
    .map((n) => ({ ...n, first: n.first + from, end: n.end + from }))
    .filter((n) => isCountable(tokens, n));
  // Vague plurals size a crowd but are never a toll.
  const numbers = all.filter((n) => !isVague(tokens, n));
  const cues: number[] = [];
  for (let k = from; k < to; k++) if (isCue(tokens, k)) cues.push(k);
  const owned = new Map<number, { value: number; total: boolean }>();
  const taken = new Set<NumberMention>();
  // "killing three soldiers and two civilians", "Two soldiers and a civilian were killed": the groups add up.
  for (const k of cues) {
    const list = victimListFor(tokens, k, from, to);
    if (!list || list.figures.some((f) => numbers.some((n) => taken.has(n) && n.first === f))) continue;
    owned.set(k, { value: list.value, total: false });
    for (const n of numbers) if (list.figures.includes(n.first)) taken.add(n);
  }
  // "قتل قيادي بارز ... و11 من معاونيه": the leader and his entourage, before "وثلاثة" pairs with the cue alone.
  for (const k of cues) {
    if (owned.has(k)) continue;
    const band = companionsAfter(tokens, numbers, k, to, (j) => isCue(tokens, j));
    if (!band || taken.has(band.figure)) continue;
    owned.set(k, { value: band.value, total: false });
    taken.add(band.figure);
  }
  for (const p of pairsOf(tokens, numbers, cues)) {
    if (owned.has(p.cue) || taken.has(p.n)) continue;
    taken.add(p.n);
    const extra = p.after ? compoundAfter(tokens, p.n.end, to) : 0;
    owned.set(p.cue, { value: p.n.value + extra, total: false });
  }
  for (const k of cues) {
    if (owned.has(k)) continue;
    // عدد الشهداء ... إلى 5 / the death toll rose to 5: a figure after إلى/to within the next dozen tokens.
    const toll = numbers.find(
      (n) =>
        n.first > k &&
        n.first - k <= 12 &&
        !taken.has(n) &&
        has(tokens[n.first - 1], TOLL_WORDS) &&
        (tokens[k].isArabic || risesBetween(tokens, k, n.first)),
    );
    if (toll) {
      taken.add(toll);
      owned.set(k, { value: toll.value, total: true });
      continue;
    }
    // "At least three people, including a 12-year-old boy, were killed": the figure before the aside, not its noun.
    const aside = beforeSubset(tokens, numbers, taken, k, from);
    if (aside) {
      taken.add(aside);
      owned.set(k, { value: aside.value, total: false });
      continue;
    }
    const noun = nounCount(tokens, k, from, to) ?? englishOneAfter(tokens, k, to);
    if (noun !== null) {
      owned.set(k, { value: noun, total: false });
      continue;
    }
    const part = partitiveBefore(tokens, numbers, taken, k, from);
    if (part) {
      taken.add(part);
      owned.set(k, { value: part.value, total: false });
    }
  }
  const tally: CountCue[] = [];
  for (const k of cues) {
    // "لم يقتل أحد": a negated death word reads 0, whatever figure ("أحد") follows it.
    const o = explicitZero(tokens, k, from) ?? owned.get(k);
    if (!o || warScale(o.value) || cumulative(tokens, k, from, to) || countsEarlier(tokens, k, from)) continue;
    if (partOfTheDead(tokens, k)) continue;
    // "250 شخصا بين قتيل وجريح": the figure (taken above, so no other word reads it) counts both fates.
    if (lumpedFate(tokens, numbers, k)) continue;
    // "حصيلة الهجوم ... 30 قتيلا", "the death toll rose to": a total even when the figure sits next to its noun.
    let total = o.total;
    for (let j = Math.max(from, k - 6); j <= k && !total; j++) total = has(tokens[j], TOTAL);
    tally.push({
      at: k,
      kind: has(tokens[k], INJURY) && !has(tokens[k], DEATH) ? 'injured' : 'killed',
      value: o.value,
      total,
    });
  }
  let size: number | null = null;
  if (sizeAnchor !== null) {
    for (const n of all) {
      const near = Math.abs(n.first - sizeAnchor) <= 6;
      if (near && (has(tokens[n.end], PEOPLE) || has(tokens[n.end + 1], PEOPLE))) {
        size = n.value;
        break;
      }
    }
  }
  return {
    killed: aggregate(tally, 'killed'),
    injured: aggregate(tally, 'injured'),
    size,
    cues: tally.map((c) => tokens[c.at].norm),
    tally,
    breaks: conjunctBreaks(tokens, from, to),
  };
}

/** The clause's figure for a kind: the largest running total, else the sum of every group's figure. */
export function aggregate(tally: CountCue[], kind: CountCue['kind']): number | null {
  const own = tally.filter((c) => c.kind === kind);
  if (!own.length) return null;
  const totals = own.filter((c) => c.total);
  if (totals.length) return Math.max(...totals.map((c) => c.value));
  return own.reduce((s, c) => s + c.value, 0);
}

export interface TriggerCounts {
  killed: number | null;
  injured: number | null;
  /** The killed figure is a running total. */
  total: boolean;
}

/** The counts one trigger carries: a death word takes its own figure, any other trigger the figures of its own
 * conjunct of the clause (count-scope.ts). */
export function countsForTrigger(c: ClauseCounts, first: number, end: number): TriggerCounts {
  const own = c.tally.filter((t) => t.kind === 'killed' && t.at >= first && t.at < end);
  const totalOf = (cs: CountCue[]) => cs.some((t) => t.total);
  if (own.length) return { killed: aggregate(own, 'killed'), injured: c.injured, total: totalOf(own) };
  const mine = conjunctTally(c.tally, c.breaks, first);
  return {
    killed: aggregate(mine, 'killed'),
    injured: aggregate(mine, 'injured'),
    total: totalOf(mine.filter((t) => t.kind === 'killed')),
  };
}
