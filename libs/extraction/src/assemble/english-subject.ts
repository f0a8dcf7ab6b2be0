// English subject readings that the nearest-name rules of choose-actor.ts get wrong:
// - apposition: "Rashad al-Alimi, head of the Presidential Leadership Council, rejected" (the opening name acts,
//   not the organisation inside the appositive), also for a person the dictionary does not know;
// - coordination: "A Taliban spokesman ... said civilians were wounded by Pakistani fire and blamed Pakistan" (the
//   noun before "and" is the previous verb's object, the clause's opening subject acts);
// - clashes "between M23 fighters and Wazalendo militias": the first side;
// - long passive agents "were killed during overnight raids by Israeli forces".
// All readings are English only; chooseActor calls them from its English branch.
import type { TriggerMatch } from '../patterns/match-triggers';
import type { Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';
import { TEXT_ACTOR_PREFIX } from './raw-subject';

// Words that may open a clause before its subject: "But", "Meanwhile,", "The".
const OPENERS = new Set(['but', 'and', 'meanwhile', 'however', 'separately', 'the', 'later', 'earlier', 'also']);
// Adverbs between an appositive's closing comma and the verb: "..., also rejected", "..., on Tuesday rejected".
const ADVERBS = new Set(['also', 'later', 'earlier', 'then', 'quickly', 'promptly', 'swiftly', 'has', 'had', 'have']);
// Name particles written in lower case inside a person's name: "Rashad al-Alimi", "Mohammed bin Salman".
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'da', 'van', 'von', 'ould', 'ben']);
// Attack nouns whose "by" phrase names the doer of a passive event: "killed during overnight raids by X".
const ATTACK_NOUNS = new Set(
  'raid raids strike strikes airstrike airstrikes attack attacks fire gunfire shelling bombardment operation operations assault offensive incursion'.split(
    ' ',
  ),
);
const CLAUSE_BREAK = /[.;:!?\n"“”]/;

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.surface);

function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** The index of the first token of the clause's subject, after openers like "But" or "Meanwhile,". */
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
    if (capital(t)) end++;
    else if (PARTICLES.has(t.norm) && capital(tokens[end + 1])) end += 2;
    else break;
  }
  return end - k >= 2 ? end : -1;
}

function textSpan(text: string, tokens: Token[], first: number, end: number): Span<ActorLike> {
  const name = text.slice(tokens[first].start, tokens[end - 1].end).replace(/\s+/g, ' ');
  return {
    first,
    end,
    start: tokens[first].start,
    stop: tokens[end - 1].end,
    surface: name,
    value: { id: TEXT_ACTOR_PREFIX + name.toLowerCase(), name, kind: 'person', country: null },
  };
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
  if (k >= trigger.first) return null;
  const opening = actors.find((a) => a.first === k && a.end < trigger.first);
  const end = opening ? opening.end : nameEnd(text, tokens, k, trigger.first);
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
    if (between.includes(',') || CLAUSE_BREAK.test(between)) return null;
  }
  if (['and', 'or'].includes(tokens[end].norm)) return null;
  return opening ?? textSpan(text, tokens, k, end);
}

/** "... and VERB": the noun right before "and" is the previous verb's object, not this verb's subject. */
export function coordinatedEnglishVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  return trigger.spec.voice === 'verb' && tokens[trigger.first - 1]?.norm === 'and';
}

/** The subject that opens the clause of a coordinated verb: "X said ... and blamed", "X stressed ... and called". */
export function openingSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  const k = subjectStart(text, tokens, clauseFirst, trigger.first);
  // "A Taliban spokesman in Nangarhar": a mention within the first words of the clause.
  const opening = actors.find((a) => a.first >= k && a.first - k <= 2 && a.end < trigger.first);
  if (opening && !['of', 'in', 'at', 'on', 'from', 'to', 'by', 'with'].includes(tokens[opening.first - 1]?.norm ?? ''))
    return opening;
  const end = nameEnd(text, tokens, k, trigger.first);
  // "Abdelatty stressed ... and called": a one-word name followed at once by a past-tense verb.
  if (end < 0 && capital(tokens[k]) && /ed$/.test(tokens[k + 1]?.norm ?? '')) return textSpan(text, tokens, k, k + 1);
  return end > 0 && /ed$|^(said|says|told)$/.test(tokens[end]?.norm ?? '') ? textSpan(text, tokens, k, end) : null;
}

/** "clashes between M23 fighters and Wazalendo militias": the first side of a clash noun. */
export function firstSideOfClash(
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  if (trigger.spec.mode !== 'armed-clash' || trigger.spec.voice !== 'noun') return null;
  let k = trigger.end;
  if (tokens[k]?.norm === 'erupted' || tokens[k]?.norm === 'broke') return null;
  if (tokens[k]?.norm !== 'between') return null;
  k++;
  if (tokens[k]?.norm === 'the') k++;
  // "between rival armed groups": no named first side.
  return actors.find((a) => a.first >= k && a.first - k <= 1) ?? null;
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
    return actors.find((a) => a.first === k + 1 || (a.first === k + 2 && tokens[k + 1].norm === 'the')) ?? null;
  }
  return null;
}
