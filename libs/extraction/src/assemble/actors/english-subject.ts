// English subject readings that the nearest-name rules of choose-actor.ts get wrong:
// - apposition: "Rashad al-Alimi, head of the Presidential Leadership Council, rejected" (the opening name acts,
//   not the organisation inside the appositive), also for a person the dictionary does not know;
// - coordination: "A Taliban spokesman ... said civilians were wounded by Pakistani fire and blamed Pakistan" (the
//   noun before "and" is the previous verb's object, the clause's opening subject acts);
// - long passive agents "were killed during overnight raids by Israeli forces".
// All readings are English only; chooseActor calls them from its English branch.
import { afterByThe } from './english-passive';
import { CLAUSE_BREAK, breaksAfter } from './english-clause-break';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { datelineLength } from '../english-dateline';
import { SUBJECT_HEADS, namedInside } from '../clause/raw-subject';
import { namedSpan } from './named-span';
import { firstVerbSubject } from './english-first-verb';
import { collectiveSubject, prepositionalHost } from './english-phrase-host';
import { partOfGroup, reducedRelativeHost, relativeClauseHost } from './english-relative-subject';

// Words that may open a clause before its subject: "But", "Meanwhile,", "The".
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'separately', 'the', 'later', 'earlier', 'also']);
// Adverbs between an appositive's closing comma and the verb: "..., also rejected", "..., on Tuesday rejected".
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'quickly', 'promptly', 'swiftly', 'has', 'had', 'have']);
// Name particles written in lower case inside a person's name: "Rashad al-Alimi", "Mohammed bin Salman".
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'van', 'von', 'ould', 'ben']);
// Attack nouns whose "by" phrase names the doer of a passive event: "killed during overnight raids by X".
export const ATTACK_NOUNS = new Set(
  'raid raids strike strikes airstrike airstrikes attack attacks fire gunfire shelling bombardment operation operations assault offensive incursion'.split(
    ' ',
  ),
);
// Offices that open a sentence before the name of who holds them: "Commissioner-General, Philippe Lazzarini, said".
const OFFICE = new Set(['minister', 'commissioner', 'governor', 'president', 'chief', 'spokesman', 'spokesperson']);

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.surface);

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** The index of the first token of the clause's subject, after openers like "But" or "Meanwhile,". */
/** Prepositions that open a phrase of place or time before the clause's subject. */
const ADVERBIAL_OPENERS = new Set([
  'in',
  'at',
  'on',
  'from',
  'after',
  'before',
  'during',
  'near',
  'outside',
  'inside',
  'across',
  'throughout',
  'since',
  'amid',
  'under',
]);

function subjectStart(text: string, tokens: Token[], clauseFirst: number, limit: number): number {
  let k = clauseFirst;
  while (k < limit && k - clauseFirst < 3 && OPENERS.has(tokens[k].norm)) k++;
  return k;
}

/** A person's name at token k the dictionary does not know: capitalised words and lower-case particles, the last
 * one capitalised; returns the end index or -1. */
function nameEnd(text: string, tokens: Token[], k: number, limit: number): number {
  if (!capital(tokens[k])) return -1;
  let end = k + 1;
  while (end < limit && end - k < 5) {
    const t = tokens[end];
    const joint = gap(text, tokens[end - 1], t);
    if (!/^[ \-\u00a0]$/.test(joint)) break;
    // "Kweon Seong-dong": a hyphen joins a lower-case syllable to the name word before it.
    if (capital(t) || joint === '-') end++;
    else if (PARTICLES.has(t.norm) && capital(tokens[end + 1])) end += 2;
    else break;
  }
  return end - k >= 2 ? end : -1;
}

/** "X, <appositive>, VERB": the opening name X (a dictionary mention or an unknown person's name). */
export function appositionSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb') return null;
  const k = subjectStart(text, tokens, clauseFirst, trigger.first);
  // "X, which …, VERB", "X troops positioned near Y VERB", "columns of X": a clause or a part inserted before the
  // verb (english-relative-subject.ts).
  const host =
    relativeClauseHost(text, tokens, actors, trigger.first, clauseFirst) ??
    reducedRelativeHost(text, tokens, actors, trigger.first, clauseFirst) ??
    partOfGroup(text, tokens, actors, trigger.first, clauseFirst) ??
    prepositionalHost(text, tokens, actors, trigger.first, clauseFirst) ??
    collectiveSubject(text, tokens, trigger.first, clauseFirst);
  if (host) return host;
  // "PORT-AU-PRINCE, Haiti (AP) — Gang members attacked": a dateline is no subject. An office and its holder may follow
  // it: "TEHRAN (Marsad) — The head of the U.N. nuclear watchdog, Rafael Grossi, held talks".
  if (k >= trigger.first) return null;
  const dateline = datelineLength(text);
  if (tokens[k].start < dateline) {
    let d = k;
    while (d < trigger.first && tokens[d].start < dateline) d++;
    const past = subjectStart(text, tokens, d, trigger.first);
    return past < trigger.first ? appositiveName(text, tokens, trigger, actors, past) : null;
  }
  // "In Chaman, hundreds of traders … , demanding": a phrase of place or time closed by a comma is no subject.
  if (ADVERBIAL_OPENERS.has(tokens[k].norm)) return null;
  const named = appositiveName(text, tokens, trigger, actors, k);
  if (named) return named;
  const opening = actors.find((a) => a.first === k && a.end < trigger.first);
  const phrase = opening ? -1 : headedPhraseEnd(text, tokens, k, trigger.first);
  const end = opening
    ? opening.end
    : phrase > 0
      ? phrase
      : soloName(text, tokens, k)
        ? k + 1
        : nameEnd(text, tokens, k, trigger.first);
  if (end < 0 || end >= trigger.first) return null;
  // The opening name is closed by a comma, the appositive by a second one, then the verb (an adverb may come between).
  if (!/^\s*,\s*$/.test(gap(text, tokens[end - 1], tokens[end]))) return null;
  let v = trigger.first;
  while (v - 1 > end && ADVERBS.has(tokens[v - 1].norm) && /^\s+$/.test(gap(text, tokens[v - 1], tokens[v]))) v--;
  if (!/^\s*,\s*$/.test(gap(text, tokens[v - 1], tokens[v]))) return null;
  // The appositive: one comma-free phrase, neither a list ("Egypt, Qatar and Turkey") nor a new sentence.
  if (v - 1 - end > 18 || v - 1 < end) return null;
  for (let j = end; j < v - 1; j++) {
    const between = gap(text, tokens[j], tokens[j + 1]);
    if (between.includes(',') || breaksAfter(text, tokens, j)) return null;
  }
  if (['and', 'or'].includes(tokens[end].norm)) return null;
  return opening ?? namedSpan(text, tokens, k, end, phrase > 0 || end - k === 1 ? 'other' : 'person');
}

/** "The FLNKS, the main independence coalition, appealed", "Hamas, which ...": a one-word name closed by a comma,
 * an acronym or a capitalised word after "the" (a sentence's first word alone may be any noun). */
function soloName(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^\s*,/.test(gap(text, t, tokens[k + 1] ?? t))) return false;
  if (capital(t) && tokens[k - 1]?.norm === 'the') return true;
  // "Radaa, in a statement, accused": a word the article also capitalises inside a sentence is a name.
  if (namedInside(text, t)) return true;
  // Not a dateline's city ("MAIDUGURI, Nigeria —"), which opens the text or a line.
  return /^\p{Lu}{2,6}$/u.test(t.surface) && k > 0 && !/\n\s*$/.test(text.slice(tokens[k - 1].end, t.start));
}

/** The comma that closes the phrase opening at k and the verb's own comma: "[k ... end), <appositive>, VERB";
 * returns [end, v] (the appositive is tokens end..v-1) or null. */
function appositiveBounds(text: string, tokens: Token[], trigger: TriggerMatch, k: number): [number, number] | null {
  let end = -1;
  for (let j = k; j < trigger.first - 1 && j - k < 10; j++) {
    const between = gap(text, tokens[j], tokens[j + 1]);
    if (/^\s*,\s*$/.test(between)) {
      end = j + 1;
      break;
    }
    if (breaksAfter(text, tokens, j) || between.includes(',')) return null;
  }
  if (end < 0) return null;
  let v = trigger.first;
  while (v - 1 > end && ADVERBS.has(tokens[v - 1].norm) && /^\s+$/.test(gap(text, tokens[v - 1], tokens[v]))) v--;
  if (v - 1 < end || !/^\s*,\s*$/.test(gap(text, tokens[v - 1], tokens[v]))) return null;
  return [end, v];
}

/** "The Minister of Information, Mohammed Idris, appealed", "Its commissioner-general, Philippe Lazzarini, called":
 * an office (no name of its own) then the name of who holds it, then the verb. */
function appositiveName(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  k: number,
): Span<ActorLike> | null {
  const bounds = appositiveBounds(text, tokens, trigger, k);
  if (!bounds) return null;
  const [end, v] = bounds;
  // The opening phrase is an office, not a name: it starts with "The"/"Its" or a lower-case word, and holds no person.
  if (!officeAt(text, tokens, actors, k, end)) return null;
  const person = actors.find((a) => a.first === end && a.end === v && a.value.kind === 'person');
  if (person) return person;
  return nameEnd(text, tokens, end, v) === v ? namedSpan(text, tokens, end, v, 'person') : null;
}

/** The phrase [k, end) names an office, not who holds it: "The Minister of Information", "Its commissioner-general",
 * "The Kano State Governor" (it opens with "the" or a possessive, or ends in an office word; it holds no person). */
function officeAt(text: string, tokens: Token[], actors: Span<ActorLike>[], k: number, end: number): boolean {
  if (actors.some((a) => a.first >= k && a.end <= end && a.value.kind === 'person')) return false;
  const owned = ['the', 'its', 'their', 'his', 'her'].includes(tokens[k - 1]?.norm ?? '');
  const own = ['its', 'their', 'his', 'her'].includes(tokens[k].norm);
  const last = tokens[end - 1].norm;
  const titled = OFFICE.has(last) || SUBJECT_HEADS.has(last) || OFFICE.has(tokens[k].norm);
  if (titled || own) return true;
  return owned && nameEnd(text, tokens, k, end) !== end;
}

/** "The United Nations envoy for Syria, Geir Pedersen, said ... and urged": the name apposed to an opening office,
 * whatever verb follows it. */
export function apposedHolder(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  clauseFirst: number,
  limit: number,
): Span<ActorLike> | null {
  const k = subjectStart(text, tokens, clauseFirst, limit);
  let end = -1;
  for (let j = k; j < limit - 1 && j - k < 10; j++) {
    const between = gap(text, tokens[j], tokens[j + 1]);
    if (/^\s*,\s*$/.test(between)) {
      end = j + 1;
      break;
    }
    if (breaksAfter(text, tokens, j) || between.includes(',')) return null;
  }
  if (end < 0 || !officeAt(text, tokens, actors, k, end)) return null;
  const person = actors.find((a) => a.first === end && a.value.kind === 'person');
  const v = person ? person.end : nameEnd(text, tokens, end, limit);
  if (v < 0 || v >= limit || !/^\s*,\s*$/.test(gap(text, tokens[v - 1], tokens[v])) || capital(tokens[v])) return null;
  return person ?? namedSpan(text, tokens, end, v, 'person');
}

/** "The Manbij local administration": a phrase of modifiers ending in an agent noun (raw-subject.ts heads), its end. */
function headedPhraseEnd(text: string, tokens: Token[], k: number, limit: number): number {
  for (let j = k; j < limit && j - k < 6; j++) {
    const t = tokens[j];
    if (t.isNumber || t.isArabic || ['of', 'and', 'or', 'in', 'the', 'a', 'an', 'to'].includes(t.norm)) return -1;
    if (SUBJECT_HEADS.has(t.norm) && /^\s*,\s*$/.test(gap(text, t, tokens[j + 1]))) return j + 1;
    if (j + 1 < limit && !/^[ \-\u00a0]$/.test(gap(text, t, tokens[j + 1]))) return -1;
  }
  return -1;
}

/** Plural nouns of people that open a sentence with a capital only because they open it. */
const GROUP_PLURALS = new Set(
  'fighters gunmen militants soldiers troops protesters demonstrators rebels attackers assailants militiamen residents police'.split(
    ' ',
  ),
);

/** "... and VERB", "welcomed the move but urged": the noun right before the conjunction is the previous verb's
 * object, not this verb's subject. */
export function coordinatedEnglishVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  return trigger.spec.voice === 'verb' && ['and', 'but'].includes(tokens[trigger.first - 1]?.norm ?? '');
}

/** The subject that opens the clause of a coordinated verb: "X said ... and blamed", "X stressed ... and called". */
export function openingSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  const holder = apposedHolder(text, tokens, actors, clauseFirst, trigger.first);
  if (holder) return holder;
  const k = subjectStart(text, tokens, clauseFirst, trigger.first);
  // "A Taliban spokesman in Nangarhar": a mention within the first words of the clause.
  const opening = actors.find((a) => a.first >= k && a.first - k <= 2 && a.end < trigger.first);
  if (opening && !['of', 'in', 'at', 'on', 'from', 'to', 'by', 'with'].includes(tokens[opening.first - 1]?.norm ?? ''))
    return opening;
  const end = nameEnd(text, tokens, k, trigger.first);
  // "Abdelatty stressed ... and called": a one-word name followed at once by a past-tense verb. A plural noun of
  // people opening the sentence ("Fighters entered the city and clashed") names no one.
  if (end < 0 && capital(tokens[k]) && !GROUP_PLURALS.has(tokens[k].norm) && /ed$/.test(tokens[k + 1]?.norm ?? ''))
    return namedSpan(text, tokens, k, k + 1, 'person');
  if (end > 0 && /ed$|^(said|says|told)$/.test(tokens[end]?.norm ?? ''))
    return namedSpan(text, tokens, k, end, 'person');
  return firstVerbSubject(text, tokens, trigger, k);
}

/** "were killed during overnight raids by Israeli forces": the agent of an attack noun in the same clause. */
export function attackNounAgent(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  for (let k = trigger.end; k < Math.min(clauseEnd, trigger.end + 14); k++) {
    if (k > trigger.end && CLAUSE_BREAK.test(gap(text, tokens[k - 1], tokens[k]))) return null;
    if (tokens[k].norm !== 'by' || !ATTACK_NOUNS.has(tokens[k - 1]?.norm ?? '')) continue;
    return (
      actors.find((a) => a.first === k + 1 || (a.first > k + 1 && a.first <= k + 3 && afterByThe(tokens, a))) ?? null
    );
  }
  return null;
}
