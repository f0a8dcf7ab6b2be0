// A subject whose head noun is followed by a place or a remit before the verb: "A criminal court in Baghdad
// sentenced", "The UN humanitarian coordinator for Sudan called on", "Taliban authorities in Herat banned". The
// name right before the verb is the object of "in"/"for"/"at", not the doer; the head phrase that opens the clause
// is (a dictionary mention inside it when there is one: "The UN humanitarian coordinator" is the UN).
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { datelineLength } from '../english-dateline';
import { SUBJECT_HEADS } from '../clause/raw-subject';
import { namedSpan } from './named-span';

const CLAUSE_BREAK = /[.,;:!?\n"“”()—–]/;
const OPENERS = new Set([
  'but',
  'and',
  'meanwhile',
  'however',
  'separately',
  'later',
  'earlier',
  'also',
  'the',
  'a',
  'an',
]);
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'has', 'had', 'have', 'reportedly']);
const LINKS = new Set(['in', 'for', 'at']);
// Offices named by their remit ("coordinator for Sudan", "envoy for Yemen") besides the generic agent heads.
const HEADS = new Set([
  ...SUBJECT_HEADS,
  'coordinator',
  'representative',
  'ambassador',
  'rapporteur',
  'commissioner',
  'judge',
  'judges',
  'tribunal',
]);
// Heads that are people at a place rather than a body acting there ("residents in Gaza said").
const NOT_HEADS = new Set(['man', 'woman', 'residents', 'members', 'groups', 'parties']);
// Heads the dictionary resolves to a state through the place after them.
const STATE_HEADS = new Set(['government', 'authorities', 'authority', 'ministry', 'administration']);
const MAX_MODIFIERS = 4;
const MAX_NAME = 4;

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.surface);

const gap = (text: string, a: Token, b: Token) => text.slice(a.end, b.start);

/** The head phrase opening the clause before "in/for/at <Name> VERB", for the verb at token index `verb`. */
export function prepositionalHost(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  verb: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  let v = verb;
  while (v - 1 > clauseFirst && ADVERBS.has(tokens[v - 1].norm)) v--;
  const mention = actors.find((a) => a.end === v);
  let nameFirst = mention ? mention.first : v;
  if (!mention)
    while (nameFirst > clauseFirst && v - nameFirst < MAX_NAME && capital(tokens[nameFirst - 1])) nameFirst--;
  if (nameFirst === v) return null;
  let p = nameFirst - 1;
  if (tokens[p]?.norm === 'the') p--;
  const h = p - 1;
  if (h <= clauseFirst - 1 || !LINKS.has(tokens[p].norm)) return null;
  if (!HEADS.has(tokens[h].norm) || NOT_HEADS.has(tokens[h].norm)) return null;
  let k = clauseFirst;
  while (k < h && OPENERS.has(tokens[k].norm)) k++;
  if (h - k > MAX_MODIFIERS || tokens[k].start < datelineLength(text)) return null;
  for (let j = k; j < v - 1; j++) {
    if (CLAUSE_BREAK.test(gap(text, tokens[j], tokens[j + 1]))) return null;
    if (tokens[j].isNumber || tokens[j].isArabic) return null;
  }
  // The mention the head itself belongs to ("The army-aligned government" is the government), else one that
  // modifies it as a word of its own ("The UN humanitarian coordinator"), not inside a compound ("army-aligned").
  const inside = actors.filter((a) => a.first >= k && a.end <= h + 1);
  const inner =
    inside.find((a) => a.end === h + 1) ??
    inside.find((a) => !gap(text, tokens[a.end - 1], tokens[a.end]).includes('-'));
  if (inner) return inner;
  // "the government in Port Sudan", "authorities in Tunisia": the dictionary reads these with their place.
  return STATE_HEADS.has(tokens[h].norm) ? null : namedSpan(text, tokens, k, h + 1);
}

// Collective bodies that speak and act as one, which the agent heads of raw-subject.ts do not list.
const COLLECTIVES = new Set(
  'union unions cabinet organisation organisations organization organizations syndicate syndicates association associations federation watchdog observatory league bloc board network'.split(
    ' ',
  ),
);
const SENTENCE_BREAK = /[.;!?\n]/;
// Irregular past tenses that open a body's first act ("held a session and asked", "met … and agreed").
const IRREGULAR_PAST = new Set('held met said says told made gave took sent led spoke struck issued'.split(' '));
const pastVerb = (t: Token | undefined) => !!t && (/ed$/.test(t.norm) || IRREGULAR_PAST.has(t.norm));
const COORDINATORS = new Set(['and', 'but']);

/** "Eight Egyptian human rights organisations also criticised", "The union called the arrest … and urged", "The
 * cabinet held an emergency session and asked": a clause-opening phrase headed by a collective body is the subject
 * of its verb, and of a verb coordinated with that verb. */
export function collectiveSubject(
  text: string,
  tokens: Token[],
  verb: number,
  clauseFirst: number,
): Span<ActorLike> | null {
  let k = clauseFirst;
  while (k < verb && OPENERS.has(tokens[k].norm)) k++;
  if (k >= verb || tokens[k].start < datelineLength(text)) return null;
  let h = -1;
  for (let j = k; j < Math.min(verb, k + MAX_MODIFIERS + 2); j++) {
    if (j > k && CLAUSE_BREAK.test(gap(text, tokens[j - 1], tokens[j]))) return null;
    if (COLLECTIVES.has(tokens[j].norm)) {
      h = j;
      break;
    }
    if (tokens[j].isArabic || OPENERS.has(tokens[j].norm) || ADVERBS.has(tokens[j].norm)) return null;
  }
  if (h < 0) return null;
  let v = h + 1;
  while (v < verb && ADVERBS.has(tokens[v].norm)) v++;
  if (v !== verb) {
    // "The union called the arrest … and urged": the phrase's own verb comes first, this one is coordinated with it.
    if (!COORDINATORS.has(tokens[verb - 1]?.norm ?? '') || !pastVerb(tokens[v])) return null;
    if (SENTENCE_BREAK.test(text.slice(tokens[h].end, tokens[verb].start))) return null;
  }
  // "Eight … organisations": the count is no part of the name.
  const first =
    tokens[k].isNumber || /^(two|three|four|five|six|seven|eight|nine|ten|several|some|many)$/.test(tokens[k].norm)
      ? k + 1
      : k;
  return first <= h ? namedSpan(text, tokens, first, h + 1) : null;
}
