// Attaches casualty and size counts to a clause. Every figure belongs to one casualty word at most (the nearest:
// "قتل 13 وأصيب 85" gives 13 dead and 85 hurt), so a trigger can take its own figure ("مقتل 8 … مقتل 7") while
// the clause's happening takes all of them (15). Running totals ("ارتفع عدد الشهداء إلى 5", "حصيلة", "the toll
// rose to") are flagged so merging prefers them; a figure after بينهم / including is a subset and never counts;
// years, percentages and durations are not counts; "no one was killed" is an explicit 0.
import { readNumbersIn, type NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { DEATH, INJURY, PEOPLE, TOLL_WORDS, TOTAL } from './count-words.data';
import { compoundAfter, explicitZero, has, isCountable, nounCount } from './count-parts';
import { conjunctBreaks, conjunctTally, countsEarlier, cumulative, datedByYear, warScale } from './count-scope';
import { lumpedFate } from './count-lumped';
import { companionsAfter } from './count-companions';
import { othersAfter } from './count-others';
import { restatesEarlier } from './count-restated';
import { amongTheDead } from './count-among-dead';
import { partOfTheDead, victimListFor } from './count-lists-en';
import { beforeRelative } from './count-relative-en';
import { arabicBeforeAside } from './count-aside-ar';
import { arabicPronounVictims } from './count-pronoun-ar';
import { arabicGroupBefore } from './count-joined-before-ar';
import { englishPassiveOne } from './count-passive-one-en';
import { whenGroupFor, whenGroups, type WhenGroup } from './count-when-group-en';
import { afterDatedAttack } from '../dated-attack-noun';
import { numberOfTheDead, tollRisenFar } from './toll-phrases-en';
import {
  beforeSubset,
  englishOneAfter,
  familyAfter,
  isCue,
  isVague,
  pairsOf,
  partitiveBefore,
  risesBetween,
} from './count-pairs';

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
  /** "including 14 officers who died when …": groups that are the toll of the happening after "when". */
  whenGroups: WhenGroup[];
}

/** A casualty cue that counts the injured only ("أصيب", "wounded"), not the dead. */
export const injuryOnly = (t: Token): boolean => has(t, INJURY) && !has(t, DEATH);

/** Reads killed / injured / size counts in tokens [from, to) (one clause). */
export function readCounts(tokens: Token[], from: number, to: number, sizeAnchor: number | null = null): ClauseCounts {
  const all = readNumbersIn(tokens, from, to).filter((n) => isCountable(tokens, n));
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
    // "BOGOTA, Sept 12 - Three soldiers were killed": a figure that is no head count (a date) is no victim group.
    if (!list.figures.every((f) => numbers.some((n) => n.first <= f && f < n.end))) continue;
    owned.set(k, { value: list.value, total: false });
    for (const n of numbers) if (list.figures.includes(n.first)) taken.add(n);
  }
  // "قتل قيادي بارز ... و11 من معاونيه": the leader and his entourage, before "وثلاثة" pairs with the cue alone.
  for (const k of cues) {
    if (owned.has(k)) continue;
    // "قتل القيادي مع ثلاثة آخرين": the others and the one they died beside.
    const band =
      companionsAfter(tokens, numbers, k, to, (j) => isCue(tokens, j)) ??
      othersAfter(tokens, numbers, k, to, (j) => isCue(tokens, j));
    if (!band || taken.has(band.figure)) continue;
    owned.set(k, { value: band.value, total: false });
    taken.add(band.figure);
  }
  for (const p of pairsOf(tokens, numbers, cues)) {
    if (owned.has(p.cue) || taken.has(p.n)) continue;
    taken.add(p.n);
    // "25 حوثيا و10 من رجال المقاومة سقطوا قتلى": the group joined before the paired figure counts too.
    const joined = p.after ? null : arabicGroupBefore(tokens, numbers, taken, p.n, from, (j) => isCue(tokens, j));
    if (joined) taken.add(joined);
    const extra = p.after ? compoundAfter(tokens, p.n.end, to) : (joined?.value ?? 0);
    owned.set(p.cue, { value: p.n.value + extra, total: false });
  }
  for (const k of cues) {
    if (owned.has(k)) continue;
    // "وعشرات الجرحى": a cue counted by a vague plural has its (untold) figure; it takes no other group's figure
    // ("17 متمردا و11 عنصرا من مقاتلي المقاومة - وعشرات الجرحى" is no 11 hurt).
    if (all.some((n) => n.end === k && isVague(tokens, n))) continue;
    // عدد الشهداء ... إلى 5 / the death toll rose to 5: a figure after إلى/to within the next dozen tokens.
    const toll =
      numbers.find(
        (n) =>
          n.first > k &&
          n.first - k <= 12 &&
          !taken.has(n) &&
          has(tokens[n.first - 1], TOLL_WORDS) &&
          (tokens[k].isArabic || risesBetween(tokens, k, n.first)),
      ) ?? tollRisenFar(tokens, numbers, taken, k, to, (j) => isCue(tokens, j));
    if (toll) {
      taken.add(toll);
      owned.set(k, { value: toll.value, total: true });
      continue;
    }
    const family = familyAfter(tokens, numbers, k, to);
    if (family && !taken.has(family)) {
      taken.add(family);
      owned.set(k, { value: family.value, total: false });
      continue;
    }
    // "At least three people, including a 12-year-old boy, were killed": the figure before the aside, not its noun.
    const aside =
      beforeSubset(tokens, numbers, taken, k, from) ??
      beforeRelative(tokens, numbers, taken, k, from) ??
      arabicBeforeAside(tokens, numbers, taken, k, from);
    if (aside) {
      taken.add(aside);
      owned.set(k, { value: aside.value, total: false });
      continue;
    }
    const noun = nounCount(tokens, k, from, to) ?? englishOneAfter(tokens, k, to) ?? arabicPronounVictims(tokens, k);
    if (noun !== null) {
      owned.set(k, { value: noun, total: false });
      continue;
    }
    const part = partitiveBefore(tokens, numbers, taken, k, from);
    if (part) {
      taken.add(part);
      const joined = arabicGroupBefore(tokens, numbers, taken, part, from, (j) => isCue(tokens, j));
      if (joined) taken.add(joined);
      owned.set(k, { value: part.value + (joined?.value ?? 0), total: false });
      continue;
    }
    const passive = englishPassiveOne(tokens, k, from);
    if (passive !== null) owned.set(k, { value: passive, total: false });
  }
  const tally: CountCue[] = [];
  for (const k of cues) {
    // "لم يقتل أحد": a negated death word reads 0, whatever figure ("أحد") follows it.
    const o = explicitZero(tokens, k, from) ?? owned.get(k);
    if (
      !o ||
      warScale(o.value) ||
      cumulative(tokens, k, from, to) ||
      countsEarlier(tokens, k, from, (j) => isCue(tokens, j))
    )
      continue;
    if (partOfTheDead(tokens, k) || amongTheDead(tokens, k)) continue;
    // "هجوم في عام 2009 … أدى إلى قتل 13": the toll of a happening the year dates as an earlier one.
    if (datedByYear(tokens, k, from)) continue;
    // "the April attack in Pahalgam that killed 26 men": the toll of a recalled happening (dated-attack-noun.ts).
    if (k > from && afterDatedAttack(tokens, k)) continue;
    // "250 شخصا بين قتيل وجريح": the figure (taken above, so no other word reads it) counts both fates.
    if (lumpedFate(tokens, numbers, k)) continue;
    // "حصيلة الهجوم ... 30 قتيلا", "the death toll rose to": a total even when the figure sits next to its noun.
    let total = o.total || numberOfTheDead(tokens, k);
    for (let j = Math.max(from, k - 6); j <= k && !total; j++) total = has(tokens[j], TOTAL);
    const kind = injuryOnly(tokens[k]) ? 'injured' : 'killed';
    // "قتل 18 شخصا ... ما تسبب بمقتل 18 شخصا": the same toll told twice counts once.
    if (restatesEarlier(tokens, k, tally, kind, to)) continue;
    tally.push({
      at: k,
      kind,
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
    whenGroups: tokens[from]?.isArabic ? [] : whenGroups(tokens, from, to),
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
  /** The killed figure is an aside's group that died in this happening (count-when-group-en.ts). */
  group?: boolean;
}

/** The counts one trigger carries: a death word takes its own figure, any other trigger the figures of its own
 * conjunct of the clause (count-scope.ts). */
export function countsForTrigger(c: ClauseCounts, first: number, end: number): TriggerCounts {
  const own = c.tally.filter((t) => t.kind === 'killed' && t.at >= first && t.at < end);
  const totalOf = (cs: CountCue[]) => cs.some((t) => t.total);
  if (own.length) return { killed: aggregate(own, 'killed'), injured: c.injured, total: totalOf(own) };
  // "including 14 police officers who died when a crowd attacked": the group is the toll of the happening it died in.
  const group = whenGroupFor(c.whenGroups, first, end);
  if (group) return { killed: group.value, injured: null, total: false, group: true };
  const mine = conjunctTally(c.tally, c.breaks, first);
  return {
    killed: aggregate(mine, 'killed'),
    injured: aggregate(mine, 'injured'),
    total: totalOf(mine.filter((t) => t.kind === 'killed')),
  };
}
