// Which figure a casualty word owns inside one clause: the cue words (قتل, مقتل, killed …), the admissible (cue,
// figure) pairs nearest first, and the English and Arabic shapes that place a figure away from its cue ("three of
// the soldiers were killed", "killing a 64-year-old man", "the toll rose to 5"). read-counts.ts assigns them.
import { countInNoun, type NumberMention } from '../../numbers/read-numbers';
import { RANK_UNSET, type Token } from '../../text/tokenize';
import {
  ASSASSINATION,
  COUNTED_NOUNS,
  DEATH,
  EN_RISE,
  INJURY,
  SUBSET as SUBSET_WORDS,
  TO_DEATH,
  VAGUE,
  WE_LOST,
} from './count-words.data';
import { demonymOne, diedOf, has, weLost } from './count-parts';
import { fillersBetween } from './count-lists-en';
import { arabicFillersBetween, arabicTimeBetween } from './arabic-fillers';

const CONJ = new Set(['and', 'و', 'or', 'او']);

export function isVague(tokens: Token[], n: NumberMention): boolean {
  for (let k = n.first; k < n.end; k++) if (has(tokens[k], VAGUE)) return true;
  return false;
}

const ASSASSINATION_NOUN = /^[وبل]?اغتيال$/;

/** Whether some reading of the word is one isCue can accept (a death, injury or assassination word, a word of
 * "to death", a loss verb): a pure function of the surface, memoised in its slots. isCue runs over every word of a
 * clause, several times, and most words are none of these. */
function cueWord(t: Token): boolean {
  const slots = t.slots;
  if (slots.countCue === RANK_UNSET)
    slots.countCue =
      has(t, INJURY) ||
      has(t, DEATH) ||
      has(t, TO_DEATH.word) ||
      has(t, ASSASSINATION) ||
      ASSASSINATION_NOUN.test(t.norm) ||
      has(t, WE_LOST)
        ? 1
        : 0;
  return slots.countCue === 1;
}

// The noun اغتيال is a cue only indefinite ("اغتيال القيادي"); "الاغتيالات" names a kind of incident.
export function isCue(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !cueWord(t)) return false;
  if (has(t, INJURY) && !has(t, DEATH) && diedOf(tokens, k)) return false;
  if (has(t, TO_DEATH.word)) return has(tokens[k - 1], TO_DEATH.before);
  // "plotted to kill three officials": an aim, not a toll.
  if (t.norm === 'kill' && tokens[k - 1]?.norm === 'to') return false;
  return (
    has(t, DEATH) || has(t, INJURY) || has(t, ASSASSINATION) || ASSASSINATION_NOUN.test(t.norm) || weLost(tokens, k)
  );
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

const gapBefore = (tokens: Token[], j: number) => (tokens[j - 1] ? tokens[j].start - tokens[j - 1].end : 0);

/** A word in scare quotes, each quote mark glued to it: 'six bandits were "neutralised" in the gunfight'. Seen
 * as a gap of one space and the mark before it, and another gap at least that wide after it (or the text's end). */
function quotedWord(tokens: Token[], k: number): boolean {
  return gapBefore(tokens, k) === 2 && (!tokens[k + 1] || gapBefore(tokens, k + 1) >= 2);
}

/** Punctuation between two Latin tokens, seen as a gap wider than one space; the quote marks round the last word
 * (the cue) are none. */
function punctuatedBetween(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (tokens[j + 1].start - tokens[j].end > 1 && !(j + 1 === to && quotedWord(tokens, to))) return true;
  return false;
}

const EN_AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'reportedly']);

/** "At least 21 civilians, including seven children, were killed": the figure before the subset aside. */
export function beforeSubset(
  tokens: Token[],
  numbers: NumberMention[],
  taken: Set<NumberMention>,
  k: number,
  from: number,
) {
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
export function risesBetween(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (has(tokens[j], EN_RISE)) return true;
  return false;
}

const EN_ONE = new Set(['a', 'an']);
const EN_SMALL = /^(?:two|three|four|five|six|seven|eight|nine|ten)$/;

/** "shot dead a man", "stabbed to death a woman": the death word closing an English phrasal killing verb. */
function closesKillingPhrase(tokens: Token[], k: number): boolean {
  const t = tokens[k].norm;
  if (t === 'dead') return /^(?:shot|shoots|shooting|gunned)$/.test(tokens[k - 1]?.norm ?? '');
  return (
    t === 'death' &&
    tokens[k - 1]?.norm === 'to' &&
    /^(?:stabbed|beaten|beat|hacked|burned|burnt|clubbed|stoned|tortured|crushed|shot)$/.test(tokens[k - 2]?.norm ?? '')
  );
}

/** "killing a 64-year-old man", "killed a police officer", "shot dead a man": one victim named after an English
 * death verb. */
export function englishOneAfter(tokens: Token[], k: number, to: number): number | null {
  const t = tokens[k];
  if (t.isArabic || !(/^(?:killing|killed)$/.test(t.norm) || closesKillingPhrase(tokens, k))) return null;
  if (!EN_ONE.has(tokens[k + 1]?.norm ?? '')) return null;
  for (let j = k + 2; j < Math.min(to, k + 6); j++) {
    if (tokens[j + 1] && tokens[j + 1].start - tokens[j].end > 1 && countInNoun(tokens[j]) === null) return null;
    if (countInNoun(tokens[j]) !== 1 && !(j === k + 2 && demonymOne(tokens, j))) continue;
    // "killing a man, a woman and two children": a list of victims is not one.
    const head = (t: Token | undefined) => !!t && (EN_ONE.has(t.norm) || t.isNumber || EN_SMALL.test(t.norm));
    const listed = tokens[j + 1]?.norm === 'and' ? head(tokens[j + 2]) : head(tokens[j + 1]);
    return listed ? null : 1;
  }
  return null;
}

const FAMILY_LEAD = new Set(['a', 'an', 'the', 'entire', 'whole']);

/** "killed a family of six", "killing an entire family of seven": the family's size is the toll (the figure sits
 * too far after the cue for the plain pairing, behind "a family of"). Returns the figure's number mention. */
export function familyAfter(tokens: Token[], numbers: NumberMention[], k: number, to: number): NumberMention | null {
  const t = tokens[k];
  if (t.isArabic || !/^(?:killing|killed|kills|kill)$/.test(t.norm)) return null;
  let j = k + 1;
  while (j < Math.min(to, k + 4) && FAMILY_LEAD.has(tokens[j].norm)) j++;
  if (j === k + 1 || tokens[j]?.norm !== 'family' || tokens[j + 1]?.norm !== 'of') return null;
  return numbers.find((n) => n.first === j + 2 && n.end <= to) ?? null;
}

interface Pair {
  cue: number;
  n: NumberMention;
  d: number;
  after: boolean;
}

/** Every admissible (cue, figure) pair: "5 قتلى", "مقتل 5", "killed 12", "12 people were killed". */
/** A figure's first word with و glued on ("ونحو", "ومئة", "وثلاثة"), but not واحد, whose و is its own. */
const OWN_WAW = new Set(['واحد', 'واحده']);
const gluedAnd = (t: Token | undefined) =>
  !!t && t.isArabic && t.norm.length > 2 && t.norm.startsWith('و') && !OWN_WAW.has(t.norm);

const PARTITIVE_TAIL = new Set(['them', 'whom']);

/** An English figure after its cue across punctuation that opens "N of them" / "N of whom": a part of the group the
 * cue already counted, not the cue's own figure ("killing two of them" without the comma is the toll). */
function subsetAside(tokens: Token[], k: number, n: NumberMention): boolean {
  if (tokens[k].isArabic || tokens[n.end]?.norm !== 'of' || !PARTITIVE_TAIL.has(tokens[n.end + 1]?.norm ?? ''))
    return false;
  return punctuatedBetween(tokens, k, n.first);
}

export function pairsOf(tokens: Token[], numbers: NumberMention[], cues: number[]): Pair[] {
  const out: Pair[] = [];
  for (const k of cues)
    for (const n of numbers) {
      const after = n.first > k;
      const d = after
        ? n.first - k - (tokens[k].isArabic ? arabicTimeBetween(tokens, k + 1, n.first) : 0)
        : k - (n.end - 1) - fillersBetween(tokens, n.end, k) - arabicFillersBetween(tokens, n.end, k);
      if (d > (after ? 3 : 4) || d < 1) continue;
      // "killed 5 and 30 wounded": a figure after a conjunction belongs to the next cue.
      if (after && CONJ.has(tokens[n.first - 1]?.norm ?? '')) continue;
      // "30 قتيلا ونحو 100 جريح", "32 قتيلا ومئة جريح": the same when the figure carries its own و.
      if (after && gluedAnd(tokens[n.first])) continue;
      // "وقتل طواقمها، وتدمير 3 رشاشات": a word with its own و starts the next conjunct, which owns the figure.
      if (after && startsConjunct(tokens, k + 1, n.first)) continue;
      if (!after && opensPair(tokens, k)) continue;
      // "seven people were killed, two of them civilians": an aside after the comma counts part of the dead.
      if (after && subsetAside(tokens, k, n)) continue;
      // "on Aug. 23, killing two": in English a figure before its cue never stands across a comma.
      if (!after && !tokens[k].isArabic && punctuatedBetween(tokens, n.end - 1, k)) continue;
      // "لقي 7 مصرعهم وأصيب 54": another casualty word between the cue and the figure owns the figure.
      if (cueBetween(tokens, after ? k + 1 : n.end, after ? n.first : k)) continue;
      out.push({ cue: k, n, d, after });
    }
  // Nearest first; on a tie Arabic reads the figure after the verb (قتل 13), English before it (12 killed), and an
  // Arabic counted noun the figure before it ("28 قتيلا - 17 متمردا و11 ...": the noun is its figure's tamyiz).
  const afterFirst = (k: number) => tokens[k].isArabic && !has(tokens[k], COUNTED_NOUNS);
  return out.sort((a, b) => a.d - b.d || Number(a.after !== afterFirst(a.cue)) - Number(b.after !== afterFirst(b.cue)));
}

const OF = new Set(['من', 'of']);

/** "أن 13 عنصرا من الحوثيين وقوات صالح قتلوا", "لقي سبعة من عناصر الجماعة مصرعهم", "three of the soldiers were
 * killed": a figure with its partitive من / of up to ten words before the casualty word it counts. */
export function partitiveBefore(
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
