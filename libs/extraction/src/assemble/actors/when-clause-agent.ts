// English casualty reports name the victims first and the attacker in a temporal clause: "Five people were killed
// when Boko Haram insurgents attacked the village", "two protesters were wounded as security forces opened fire",
// "were killed when an Israeli strike hit a house". The passive verb has no "by" agent; the subject of the clause
// after "when"/"as" is who did it. English only; chooseActor calls it from its passive branch.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { rawSubject } from '../clause/raw-subject';

const CONJUNCTIONS = new Set(['when', 'as']);
// Past-tense verbs of the temporal clause that are not regular -ed forms.
const IRREGULAR = new Set(['hit', 'struck', 'shot', 'ran', 'blew', 'overran', 'set', 'threw', 'fought', 'drove']);
// Determiners and light modifiers between the conjunction and the clause's subject ("when a group of militants").
const LEAD = new Set(['a', 'an', 'the', 'two', 'three', 'several', 'armed', 'group', 'of', 'suspected', 'rival']);
const BREAK = /[.;:!?\n"“”]/;
// "as well as", "as many as", "as part of": not a temporal "as".
const NOT_TEMPORAL = new Set(['well', 'many', 'much', 'part', 'a', 'far', 'long', 'soon', 'of']);

const isPastVerb = (t: Token | undefined) =>
  !!t && !t.isArabic && /^[a-z]/.test(t.surface) && (/[a-z]{2,}ed$/.test(t.norm) || IRREGULAR.has(t.norm));

/** The subject of "when/as X VERBed" right after a passive casualty verb, or null. */
export function whenClauseAgent(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  const limit = Math.min(tokens.length, Math.max(clauseEnd, trigger.end + 1) + 8, trigger.end + 14);
  for (let c = trigger.end; c < limit; c++) {
    if (c > trigger.end && BREAK.test(text.slice(tokens[c - 1].end, tokens[c].start))) return null;
    if (!CONJUNCTIONS.has(tokens[c].norm) || NOT_TEMPORAL.has(tokens[c + 1]?.norm ?? '')) continue;
    return clauseSubject(text, tokens, trigger, c, actors);
  }
  return null;
}

/** "when [a group of] X VERBed": a dictionary mention ending right before the verb, else a plain agent phrase. */
function clauseSubject(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  c: number,
  actors: Span<ActorLike>[],
): Span<ActorLike> | null {
  let k = c + 1;
  while (k < tokens.length && k - c <= 4 && LEAD.has(tokens[k].norm)) k++;
  for (let v = k + 1; v < Math.min(tokens.length, k + 5); v++) {
    if (BREAK.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
    if (!isPastVerb(tokens[v])) continue;
    // "when an Israeli strike hit": a gentilic mention before the means noun stands for its owner.
    const mention = actors.find((a) => a.first >= c + 1 && a.first <= k && a.end <= v && v - a.end <= 3);
    if (mention) return mention;
    const verb = { ...trigger, first: v, end: v + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
    const raw = rawSubject(text, tokens, verb, c + 1, v + 1, false);
    return raw && raw.first <= k ? raw : null;
  }
  return null;
}
