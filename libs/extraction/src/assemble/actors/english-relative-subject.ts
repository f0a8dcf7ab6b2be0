// English subjects cut off from their verb by a relative or participle clause, where the nearest name before the verb
// belongs to that clause, not to the subject:
// - non-restrictive: "Ethiopia, which has troops in Somalia fighting al Shabaab militants, said …",
//   "President Recep Tayyip Erdogan, speaking in Kazan, Russia, where he was attending a summit, condemned …";
// - reduced relative: "Israeli troops positioned on a hill near Kfar Kila opened fire", "Somali army troops backed
//   by African Union forces had killed 30 fighters".
// - a part of a named group: "columns of SDF vehicles were seen withdrawing", "Members of the Gran Grif gang stormed".
// The subject is the name that opens the clause; the inserted clause may hold commas, names and places.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { SUBJECT_HEADS, textActor } from '../clause/raw-subject';

const CLAUSE_BREAK = /[.;:!?\n"“”]/;
// Words that may open a clause before its subject: "But", "Meanwhile,", "The".
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'separately', 'the', 'later', 'earlier', 'also']);
// Adverbs and auxiliaries between the clause's closing comma (or its last word) and the verb.
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'has', 'had', 'have', 'reportedly']);
// Words that open a non-restrictive clause after a comma: a relative pronoun or a participle of speaking or moving.
const RELATIVE = new Set(
  'which who whose where speaking writing addressing responding reacting visiting attending accompanied flanked quoted'.split(
    ' ',
  ),
);
// Past participles that open a reduced relative about a force: where it stands, who backs or leads it.
const PARTICIPLES = new Set(
  'positioned stationed based deployed backed supported armed allied aligned linked affiliated loyal trained led'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set('by in on at near to with along from inside outside across around behind'.split(' '));
// The inserted clause may not report its own speech: "X, who said …, attacked" is no longer one subject.
const SPEECH = new Set(['said', 'says', 'told', 'that']);
// "In Syria, where …": a name after a preposition is no subject.
const GOVERNING = new Set('in at on from to by with for after during near'.split(' '));
const MAX_RELATIVE = 35;
const MAX_REDUCED = 14;

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);
const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.surface);
const comma = (s: string) => /^\s*,\s*$/.test(s);

/** "Somali National Army troops": capitalised words and a generic head ending at c, for a force the dictionary does
 * not know (a plain-text actor, raw-subject.ts). */
function plainForce(text: string, tokens: Token[], c: number): Span<ActorLike> | null {
  let h = c;
  while (h > 0 && c - h < 2 && SUBJECT_HEADS.has(tokens[h - 1].norm)) h--;
  if (h === c) return null;
  let first = h;
  while (
    first > 0 &&
    h - first < 5 &&
    capital(tokens[first - 1]) &&
    /^[ -]$/.test(gap(text, tokens[first - 1], tokens[first]))
  )
    first--;
  return first < h ? textActor(text, tokens, first, c) : null;
}

/** The dictionary name whose phrase ends at token c ("Israeli troops", "Jordan's King Abdullah") and opens its clause
 * or comma-set stretch: only titles, possessives and openers before it ("Hours earlier, Israeli troops"). */
function nameEndingAt(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  c: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  // "Somali army troops": up to two generic heads after the name.
  const headed = (a: Span<ActorLike>) =>
    a.end < c && c - a.end <= 2 && tokens.slice(a.end, c).every((t) => SUBJECT_HEADS.has(t.norm));
  const actor = actors.find((a) => a.first >= clauseFirst && (a.end === c || headed(a))) ?? plainForce(text, tokens, c);
  if (!actor) return null;
  for (let j = actor.first - 1; j >= clauseFirst; j--) {
    // "X said Somali army troops …": the reported clause opens after the speech verb.
    if (comma(gap(text, tokens[j], tokens[j + 1])) || SPEECH.has(tokens[j].norm)) return actor;
    const t = tokens[j];
    if (GOVERNING.has(t.norm)) return null;
    if (!(capital(t) || t.norm === 's' || OPENERS.has(t.norm))) return null;
  }
  return actor;
}

/** Where the verb's own stretch starts: back over adverbs and auxiliaries ("…, also condemned", "… had killed"). */
function verbStart(text: string, tokens: Token[], v: number, floor: number): number {
  while (v - 1 > floor && ADVERBS.has(tokens[v - 1].norm) && /^\s+$/.test(gap(text, tokens[v - 1], tokens[v]))) v--;
  return v;
}

/** No sentence break, quote or reported speech in tokens [from, to). */
function plainStretch(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    if (SPEECH.has(tokens[j].norm)) return false;
    if (j + 1 <= to && tokens[j + 1] && CLAUSE_BREAK.test(gap(text, tokens[j], tokens[j + 1]))) return false;
  }
  return true;
}

/** "X, which/who/speaking …, VERB": the name X before the first such clause, for the verb at token index `verb`. */
export function relativeClauseHost(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  verb: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  const v = verbStart(text, tokens, verb, clauseFirst);
  if (v <= clauseFirst || !comma(gap(text, tokens[v - 1], tokens[v]))) return null;
  for (let c = Math.max(clauseFirst + 1, v - MAX_RELATIVE); c < v - 1; c++) {
    if (!RELATIVE.has(tokens[c].norm) || !comma(gap(text, tokens[c - 1], tokens[c]))) continue;
    const actor = nameEndingAt(text, tokens, actors, c, clauseFirst);
    return actor && plainStretch(text, tokens, c, v - 1) ? actor : null;
  }
  return null;
}

/** "Israeli troops positioned on a hill near X opened fire": the force a past participle and its place or backer
 * follow, for the verb at token index `verb`. */
export function reducedRelativeHost(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  verb: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  const v = verbStart(text, tokens, verb, clauseFirst);
  for (let p = Math.max(clauseFirst + 1, v - MAX_REDUCED); p + 2 < v; p++) {
    if (!PARTICIPLES.has(tokens[p].norm) || !PREPOSITIONS.has(tokens[p + 1].norm)) continue;
    for (let j = p - 1; j < v; j++) if (gap(text, tokens[j], tokens[j + 1]).includes(',')) return null;
    const actor = nameEndingAt(text, tokens, actors, p, clauseFirst);
    return actor && plainStretch(text, tokens, p, v) ? actor : null;
  }
  return null;
}

// Parts of a group that open a subject: "columns of SDF vehicles", "members of the gang", "fighters from JNIM".
const PARTS = new Set(
  'members member columns column units unit elements convoy convoys fighters militants troops'.split(' '),
);

const PART_LINKS = new Set(['of', 'from']);

/** "By Tuesday evening, columns of SDF vehicles were seen withdrawing": the named group a part of it opens the
 * clause with, for the verb at token index `verb` (only plain words between the group and the verb). */
export function partOfGroup(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  verb: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  for (let p = clauseFirst; p + 2 < verb && p - clauseFirst <= 6; p++) {
    const opens = p === clauseFirst || comma(gap(text, tokens[p - 1], tokens[p])) || OPENERS.has(tokens[p - 1].norm);
    if (!opens || !PARTS.has(tokens[p].norm) || !PART_LINKS.has(tokens[p + 1].norm)) continue;
    const at = tokens[p + 2].norm === 'the' ? p + 3 : p + 2;
    const group = actors.find((a) => a.first === at && a.end <= verb);
    if (!group || ['civilians', 'media', 'state'].includes(group.value.kind)) return null;
    if (verb - group.end > 4) return null;
    for (let j = group.end - 1; j < verb; j++) if (CLAUSE_BREAK.test(gap(text, tokens[j], tokens[j + 1]))) return null;
    for (let j = group.end - 1; j < verb; j++) if (gap(text, tokens[j], tokens[j + 1]).includes(',')) return null;
    return group;
  }
  return null;
}
