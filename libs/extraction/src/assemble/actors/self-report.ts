// "Puntland Defence Forces said separately that they had captured the valley", "A coalition of more than 100
// parties said it rejected the decree": a speaker reporting its own act through "it"/"they" is the doer, even when
// an adverb stands after "said" or the actor dictionary has no name for it (then the plain subject phrase of
// "said" stands in, raw-subject.ts). reportsOwnAct is the dictionary-mention test for both languages ("قال الجيش إنه
// قصف"); speakerOfOwnAct is English only. chooseActor calls both.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { AR_WEEKDAYS, EN_WEEKDAYS } from '../../dates/weekday-names';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isSpeaker } from '../clause/actor-sources';
import { rawSubject } from '../clause/raw-subject';

const SAID = new Set(['said', 'says', 'announced', 'added', 'stated', 'reported', 'confirmed']);
const SELF = new Set(['it', 'they']);
// Words between "said" and the pronoun: "said separately that", "said on Monday that", "said in a statement it".
const AFTER_SAID = new Set([
  ...'that separately also later earlier previously on in a statement late'.split(' '),
  ...EN_WEEKDAYS,
]);
// Pronouns by which a speaker refers to itself ("said it had", "said its forces"), and in Arabic a complementizer
// carrying the speaker's own pronoun: "قال الجيش إنه قصف", "أعلنت الوزارة أنها".
const OWN = new Set(['it', 'they', 'its', 'their', 'we', 'our']);
const AR_TIME = new Set(['اليوم', 'امس', ...AR_WEEKDAYS].map(foldWord));
const AR_SELF = new Set(['انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم', 'انهما']);
const BREAK = /[.;:!?\n"“”,]/;
const AUXILIARIES = new Set(['had', 'has', 'have', 'also', 'then', 'later']);
const FORCE_VERBS = new Set(
  'fired launched conducted carried struck targeted shelled bombed attacked hit downed shot seized captured'.split(' '),
);

/** "it (had) fired ...": a verb of using force right after the pronoun (an auxiliary may come between). */
function usesForce(tokens: Token[], j: number, limit: number): boolean {
  let k = j + 1;
  while (k < limit && AUXILIARIES.has(tokens[k].norm)) k++;
  return k < limit && FORCE_VERBS.has(tokens[k].norm);
}

/** How far back a verb joined by "and" looks for the pronoun of the first verb. */
const JOINED_REACH = 16;

/** "it (had) dismantled …": a past-tense verb right after the pronoun (an auxiliary may come between). */
function pastVerbAfter(tokens: Token[], j: number, limit: number): boolean {
  let k = j + 1;
  while (k < limit && AUXILIARIES.has(tokens[k].norm)) k++;
  return k < limit && (FORCE_VERBS.has(tokens[k].norm) || /^[a-z]{3,}ed$/.test(tokens[k].norm));
}

/** "X said [adverbs] [that] it/they ... TRIGGER": the index of "said", or -1. */
function saidBeforeSelf(text: string, tokens: Token[], trigger: TriggerMatch, clauseFirst: number): number {
  // "said it had dismantled a launch pad near Marjayoun and arrested two people": a verb joined by "and" to the
  // pronoun's own verb reaches further back.
  const joined = tokens[trigger.first - 1]?.norm === 'and' && trigger.spec.voice === 'verb';
  const reach = joined ? JOINED_REACH : 7;
  let j = trigger.first - 1;
  while (j > clauseFirst && trigger.first - j <= reach && !SELF.has(tokens[j].norm)) j--;
  if (!SELF.has(tokens[j]?.norm ?? '') || trigger.first - j > reach) return -1;
  if (joined && trigger.first - j > 7 && !pastVerbAfter(tokens, j, trigger.first)) return -1;
  // "it fired dozens of Katyusha rockets": a weapon or attack noun further on needs a verb of using it after "it".
  if (!joined && trigger.first - j > 4 && !usesForce(tokens, j, trigger.first)) return -1;
  for (let k = j; k < trigger.first; k++) if (BREAK.test(text.slice(tokens[k].end, tokens[k + 1].start))) return -1;
  let s = j - 1;
  while (s > clauseFirst && j - s <= 5 && AFTER_SAID.has(tokens[s].norm)) s--;
  return s >= clauseFirst && SAID.has(tokens[s].norm) ? s : -1;
}

/** The speaker of "X said ... it/they TRIGGER": a mention right before "said" (a capitalised word or two of its
 * name may follow the mention), else the plain subject phrase of "said"; null when none. */
export function speakerOfOwnAct(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
): Span<ActorLike> | null {
  const s = saidBeforeSelf(text, tokens, trigger, clauseFirst);
  if (s < 0) return null;
  const mention = actors.find(
    (a) =>
      a.end <= s &&
      s - a.end <= 2 &&
      a.value.kind !== 'person' &&
      tokens.slice(a.end, s).every((t) => /^\p{Lu}/u.test(t.surface)),
  );
  if (mention) return mention;
  const verb = { ...trigger, first: s, end: s + 1, spec: { ...trigger.spec, voice: 'verb' as const } };
  const raw = rawSubject(text, tokens, verb, clauseFirst, s + 1, false);
  // "the Revolutionary Guards navy": an organisation the dictionary knows inside the phrase is the speaker (a
  // state inside it, "Iran's intelligence ministry", only owns the office the phrase names).
  const known = raw && actors.find((a) => a.first >= raw.first && a.end <= raw.end && a.value.kind !== 'state');
  return known || raw;
}

/** "قال الجيش في بيان له إنه قصف", "أكدت مصادر في المقاومة بمحافظة مأرب أنها قتلت": a short phrase after a
 * preposition (where or how the speaker spoke) may stand between the speaker and its own pronoun. The index of the
 * pronoun past such a phrase, else `from` unchanged. */
function pastArabicAside(tokens: Token[], from: number, limit: number): number {
  const first = tokens[from];
  if (!first?.isArabic || AR_SELF.has(first.norm)) return from;
  if (first.norm !== 'في' && !(first.norm.startsWith('ب') && first.norm.length > 3)) return from;
  for (let k = from + 1; k < Math.min(limit, from + 4); k++) {
    // One space between the words: no comma or quote closes the phrase.
    if (!tokens[k].isArabic || tokens[k].start - tokens[k - 1].end !== 1) return from;
    if (AR_SELF.has(tokens[k].norm)) return k;
  }
  return from;
}

/** The mention reports its own act: "The Nigerian army said it had deployed", "U.S. Africa Command said it had
 * conducted", "قال الجيش إنه قصف". Such a speaker is the doer, not a mere source. */
export function reportsOwnAct(tokens: Token[], a: Span<ActorLike>, trigger: TriggerMatch): boolean {
  if (a.end > trigger.first) return false;
  let after = a.end;
  while (after < trigger.first && after < a.end + 2 && AR_TIME.has(tokens[after].norm)) after++;
  after = pastArabicAside(tokens, after, trigger.first);
  const next = tokens[after];
  // Not "أنه تم استهداف" (impersonal), nor a spokesman (his organisation acted, the dictionary may not know it).
  if (next?.isArabic)
    return (
      AR_SELF.has(next.norm) &&
      isSpeaker(tokens, a) &&
      a.value.kind !== 'person' &&
      !['تم', 'جري'].includes(tokens[after + 1]?.norm ?? '') &&
      trigger.first - after <= 4
    );
  // The name may run on past the mention (U.S. → Africa Command): capitalised words before the verb.
  let k = a.end;
  while (k < a.end + 3 && k < trigger.first && /^[A-Z]/.test(tokens[k].surface) && !SAID.has(tokens[k].norm)) k++;
  if (!SAID.has(tokens[k]?.norm ?? '')) return false;
  let j = k + 1;
  if (tokens[j]?.norm === 'that') j++;
  return OWN.has(tokens[j]?.norm ?? '') && trigger.first - j <= 4 && trigger.first > j;
}
