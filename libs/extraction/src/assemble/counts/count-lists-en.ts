// English tolls told as a list of victim groups: "killing three soldiers and two civilians" (5), "Two soldiers and a
// civilian were killed" (3), "killed a woman and her three children" (4), "nine South Africans, three Malawians and
// one Uruguayan were killed" (13). Each group is a figure, "a"/"an" before a person noun, or a possessive before kin
// ("his son", "her three children"), then at most three words of its noun; groups are joined by "and" or a comma.
// A list counts only with two groups or more: one group is read by the figure pairing of read-counts.ts.
// Also the verb fillers ("were found dead", "have also been killed") that the pairing there skips over.
import { countInNoun, readNumbers } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import { has } from './count-parts';
import { DEATH, INJURY, VAGUE } from './count-words.data';

export interface VictimList {
  value: number;
  /** Token indices of the figures the list read (so no other casualty word takes them). */
  figures: number[];
  end: number;
}

const A = new Set(['a', 'an']);
const POSSESSIVE = new Set(['his', 'her', 'their']);
/** One-person nouns a list names besides the generic ones of countInNoun ("a pastor and his two sons"). */
const ONE_PERSON = new Set(
  'son daughter wife husband brother sister mother father relative pastor priest imam commander member leader official employee passenger villager engineer trader bodyguard cameraman policewoman'.split(
    ' ',
  ),
);
/** Words that end a group's noun: prepositions, relatives, auxiliaries and subset markers. */
const STOP = new Set(
  'and or in on at near when after during by from with as were was have has had been are is being who whom which that including among of while but to for since said say says told reported according added'.split(
    ' ',
  ),
);
const SPEECH = new Set(['said', 'say', 'says', 'told', 'reported', 'added']);
/** Nouns of things a list of losses may go on to ("945 soldiers and 102 armoured vehicles"): no victim group. */
const THINGS = new Set(
  'vehicles vehicle tanks tank trucks cars armoured armored aircraft planes helicopters drones guns weapons artillery pieces rockets missiles shells boats ships buildings homes houses'.split(
    ' ',
  ),
);
const PARTITIVE = new Set(['of', 'among']);
const INTRANSITIVE = new Set(['died', 'die', 'perished']);
const EN_AUX = new Set(['were', 'was', 'have', 'has', 'had', 'been', 'are', 'reportedly', 'also']);

const gapBefore = (tokens: Token[], j: number) => j > 0 && !!tokens[j] && tokens[j].start - tokens[j - 1].end > 1;
const isWord = (t: Token | undefined) => !!t && !t.isArabic && !t.isNumber && /^[a-z'-]+$/i.test(t.surface);
const casualty = (t: Token | undefined) => has(t, DEATH) || has(t, INJURY);
const onePerson = (t: Token | undefined) => !!t && (countInNoun(t) === 1 || ONE_PERSON.has(t.norm));

/** The noun words of a group from j: up to three plain words, none across punctuation. */
function nounEnd(tokens: Token[], j: number, to: number): number {
  // "a 12-year-old boy": an age before the noun is no figure of its own.
  const age = tokens[j]?.isNumber && tokens[j + 1]?.norm.startsWith('year') && tokens[j + 2]?.norm === 'old';
  if (age) return Math.max(j + 3, nounEnd(tokens, j + 3, to));
  let e = j;
  while (e < to && e - j < 3 && isWord(tokens[e]) && !gapBefore(tokens, e)) {
    const t = tokens[e];
    if (STOP.has(t.norm) || POSSESSIVE.has(t.norm) || casualty(t) || readNumbers([t]).length) break;
    e++;
  }
  return e;
}

interface Group {
  value: number;
  figure: number | null;
  end: number;
}

function groupAt(tokens: Token[], i: number, to: number): Group | null {
  const t = tokens[i];
  if (!t || i >= to) return null;
  if (POSSESSIVE.has(t.norm)) {
    // "his son" is one; "her three children" is the figure; "their children" has no count.
    const [n] = readNumbers(tokens.slice(i + 1, Math.min(to, i + 4)));
    const start = n && n.first === 0 ? i + 1 + n.end : i + 1;
    const end = nounEnd(tokens, start, to);
    if (end === start) return null;
    if (n && n.first === 0) return { value: n.value, figure: i + 1, end };
    return onePerson(tokens[end - 1]) ? { value: 1, figure: null, end } : null;
  }
  const [n] = readNumbers(tokens.slice(i, Math.min(to, i + 6)));
  if (n && n.first === 0 && !A.has(t.norm)) {
    for (let k = i; k < i + n.end; k++) if (has(tokens[k], VAGUE)) return null;
    const end = nounEnd(tokens, i + n.end, to);
    for (let k = i + n.end; k < end; k++) if (THINGS.has(tokens[k].norm)) return null;
    // "20 people, 18 of them women", "10 soldiers among them": a subset of the group before, not another group.
    return PARTITIVE.has(tokens[end]?.norm ?? '') ? null : { value: n.value, figure: i, end };
  }
  // "a civilian", "an ambulance driver": one person.
  if (A.has(t.norm)) {
    const end = nounEnd(tokens, i + 1, to);
    return end > i + 1 && onePerson(tokens[end - 1]) ? { value: 1, figure: null, end } : null;
  }
  return null;
}

/** The list of victim groups starting at token i, or null when fewer than two groups stand there. */
export function victimListAt(tokens: Token[], i: number, to: number, trimVerbal = true): VictimList | null {
  const groups: Group[] = [];
  let at = i;
  for (;;) {
    const g = groupAt(tokens, at, to);
    if (!g) break;
    groups.push(g);
    at = g.end;
    // A comma (a gap) or "and" (also ", and") joins the next group.
    let next = at;
    if (tokens[next]?.norm === 'and') next++;
    if (next === at && !(at < to && gapBefore(tokens, at))) break;
    if (next >= to) break;
    at = next;
  }
  // "killed 9 people and 12 others were wounded": a group followed by its own casualty verb is not a victim.
  const last = groups[groups.length - 1];
  if (last && trimVerbal) {
    let j = last.end;
    while (j < to && EN_AUX.has(tokens[j].norm)) j++;
    if (casualty(tokens[j]) && !gapBefore(tokens, last.end)) groups.pop();
    // "killed 12 people, 2 local officials said": a group before a verb of saying is the source.
    else if (SPEECH.has(tokens[last.end]?.norm ?? '')) groups.pop();
  }
  if (groups.length < 2) return null;
  const rest = groups.slice(1).reduce((s, g) => s + g.value, 0);
  return {
    // "Thirteen soldiers — nine South Africans, three Malawians and one Uruguayan": the first group sums the rest.
    value: groups.length > 2 && groups[0].value === rest ? rest : groups[0].value + rest,
    figures: groups.flatMap((g) => (g.figure === null ? [] : [g.figure])),
    end: groups[groups.length - 1].end,
  };
}

/** "Two soldiers and a civilian were killed": the list that ends right before the auxiliaries of the cue at k. */
export function victimListBefore(tokens: Token[], k: number, from: number): VictimList | null {
  let aux = k;
  while (aux > from && EN_AUX.has(tokens[aux - 1].norm)) aux--;
  // Only an intransitive verb takes its subject without an auxiliary: "X and Y died"; "X and Y killed" are killers.
  // A participle right before "when" is passive without one: "a paramedic and a driver killed when a drone hit".
  if (aux === k && !INTRANSITIVE.has(tokens[k].norm) && tokens[k + 1]?.norm !== 'when') return null;
  // The longest list that ends exactly at the auxiliary (an aside between dashes may stand between), or at a short
  // phrase on the last group before it ("Four drivers and two soldiers from the escort were killed").
  return listEndingAt(tokens, aux, from) ?? listBeforeTail(tokens, aux, from);
}

function listEndingAt(tokens: Token[], end: number, from: number): VictimList | null {
  for (let s = Math.max(from, end - 16); s < end - 2; s++) {
    // "killed 9 people and 12 others were wounded": a group right after another casualty verb is that verb's.
    if (tokens[s - 1]?.isNumber || (s > from && casualty(tokens[s - 1]))) continue;
    const list = victimListAt(tokens, s, end, false);
    if (list && list.end === end) return list;
  }
  return null;
}

/** Words opening a short phrase on the last group: "from the escort", "in the convoy", "on board". */
const TAIL_OPENERS = new Set(['from', 'in', 'on', 'aboard', 'inside', 'at']);
/** Longest such phrase, in words. */
const TAIL_REACH = 4;

/** A list followed by a short prepositional or participial phrase ("escorting the convoy") before the auxiliary. */
function listBeforeTail(tokens: Token[], aux: number, from: number): VictimList | null {
  for (let t = aux - 1; t >= Math.max(from + 3, aux - TAIL_REACH); t--) {
    const w = tokens[t];
    if (w.isArabic || gapBefore(tokens, t + 1) || casualty(w) || w.isNumber) return null;
    if (!TAIL_OPENERS.has(w.norm) && !/^[a-z]{3,}ing$/.test(w.norm)) continue;
    return listEndingAt(tokens, t, from);
  }
  return null;
}

/** Death nouns whose victims follow after "of": "The bodies of three women and three children were found", "the
 * deaths of two soldiers and a civilian", "the killing of a man and his son". */
const OF_NOUNS = new Set(['bodies', 'deaths', 'death', 'killing', 'killings']);

/** "killing three soldiers and two civilians": the list right after an English death or injury verb at k (or after
 * the "of" of a death noun). */
export function victimListAfter(tokens: Token[], k: number, to: number): VictimList | null {
  if (OF_NOUNS.has(tokens[k].norm) && tokens[k + 1]?.norm === 'of' && !gapBefore(tokens, k + 1)) k++;
  if (k + 1 >= to || gapBefore(tokens, k + 1)) return null;
  const list = victimListAt(tokens, k + 1, to);
  if (!list) return null;
  // The list must end the phrase: punctuation, the clause end or a stop word ("in the town of").
  const after = tokens[list.end];
  return !after || list.end >= to || gapBefore(tokens, list.end) || STOP.has(after.norm) ? list : null;
}

/** The victim list an English casualty word at k counts, after it or before its auxiliaries. */
export function victimListFor(tokens: Token[], k: number, from: number, to: number): VictimList | null {
  if (tokens[k].isArabic) return null;
  return victimListAfter(tokens, k, to) ?? victimListBefore(tokens, k, from);
}

/** Auxiliaries and adverbs between an English subject figure and its casualty verb: "Five officers were found dead",
 * "Three soldiers have also been killed", "one crew member had been seriously injured". They do not widen the gap. */
const EN_VERB_FILLERS = new Set(
  'were was have has had been are is also later reportedly found seriously critically lightly moderately badly slightly'.split(
    ' ',
  ),
);

/** How many English verb fillers stand in tokens [from, to). */
export function fillersBetween(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let j = from; j < to; j++) if (!tokens[j].isArabic && EN_VERB_FILLERS.has(tokens[j].norm)) n++;
  return n;
}

const INCLUDED = new Set(['included', 'include', 'includes']);

/** "Two officers were among the dead", "among those killed", "The dead included two journalists": the figure names a
 * part of the dead, not the toll. */
export function partOfTheDead(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.isArabic) return false;
  const det = tokens[k - 1]?.norm;
  if ((det === 'the' || det === 'those') && tokens[k - 2]?.norm === 'among') return true;
  return det === 'the' && INCLUDED.has(tokens[k + 1]?.norm ?? '');
}
