// Resolves "التنظيم" / "الحركة" / "the group" near a trigger to the armed group last named before it, so
// "لكن التنظيم تمكن من السيطرة على تدمر" is credited to the group the article was talking about.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { namedAt } from './named-span';

const ANAPHORS = new Set(
  // "الميلشيا": a common misspelling of الميليشيا.
  [
    'التنظيم',
    'الحركه',
    'الجماعه',
    'الميليشيا',
    'المليشيا',
    'الميلشيا',
    'group',
    'militants',
    'militia',
    'movement',
  ].map(foldWord),
);
const GROUP_KINDS = new Set(['armed_group', 'rebels', 'militia']);

export function resolveActorAnaphor(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  clauseFirst: number,
  clauseEnd: number,
): Span<ActorLike> | null {
  let at = -1;
  for (let k = Math.max(clauseFirst, trigger.first - 3); k < Math.min(clauseEnd, trigger.end + 3); k++) {
    if (ANAPHORS.has(tokens[k].norm) || ANAPHORS.has(tokens[k].stems[1] ?? '')) {
      at = k;
      break;
    }
  }
  if (at < 0) return null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end <= at && GROUP_KINDS.has(a.value.kind))
      return {
        ...a,
        first: at,
        end: at + 1,
        start: tokens[at].start,
        stop: tokens[at].end,
        surface: tokens[at].surface,
      };
  }
  return null;
}

// Who a bare "المجلس" or "المنظمة" can stand for: a body, never bystanders or the press.
const NOT_BODY = new Set(['civilians', 'media', 'person']);

/** The word without its conjunction and article: "والمنظمة" → "منظمه", or null when it has no article. */
function definiteHead(t: Token): string | null {
  const m = /^(?:و|ف)?ال(.{3,})$/.exec(t.norm);
  return t.isArabic && m ? m[1] : null;
}

/** "المجلس" / "المنظمة" / "اللجنة" read as a plain-text subject: the body last named before it with that head noun
 * ("مجلس الحكماء", "منظمة هيومن رايتس ووتش"), which a news text shortens to its head once it has been named. */
export function resolveDefiniteHead(
  tokens: Token[],
  actors: Span<ActorLike>[],
  subject: Span<ActorLike>,
): Span<ActorLike> | null {
  if (subject.end - subject.first !== 1) return null;
  const head = definiteHead(tokens[subject.first]);
  if (!head) return null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i];
    if (a.end > subject.first || NOT_BODY.has(a.value.kind)) continue;
    const own = tokens[a.first];
    if (own.norm === head || own.stems.includes(head)) return namedAt(a, subject);
  }
  return null;
}

// English subject pronouns that open a statement: "He called on ...", "It denied ...", "In a statement, she urged".
const PERSON_PRONOUNS = new Set(['he', 'she']);
const THING_PRONOUNS = new Set(['it', 'they']);
// Words between the pronoun and its verb: "He also called", "It later denied", "They had rejected".
const PRONOUN_ADVERBS = new Set(['also', 'later', 'then', 'again', 'further', 'had', 'has', 'have']);
const NOT_ANTECEDENT = new Set(['civilians', 'media']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'on', 'from', 'to', 'by', 'with', 'against', 'for', 'into', 'near']);
const sentenceCache = new WeakMap<Token[], number[]>();

/** Token indices where English sentences start: after ".", "!" or "?" and a space or a line break, before a capital
 * or a quote. */
function sentenceStarts(text: string, tokens: Token[]): number[] {
  let starts = sentenceCache.get(tokens);
  if (starts) return starts;
  starts = [0];
  for (let k = 1; k < tokens.length; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/\n/.test(gap) || (/[.!?]["”’']?\s/.test(gap) && /^["“‘]?\p{Lu}/u.test(text.slice(tokens[k].start - 1).trim())))
      starts.push(k);
  }
  sentenceCache.set(tokens, starts);
  return starts;
}

/** The English pronoun subject of a verb trigger ("He urged", "It also denied", "..., she said"), its index, or -1. */
export function pronounSubjectAt(text: string, tokens: Token[], trigger: TriggerMatch): number {
  if (trigger.spec.voice !== 'verb') return -1;
  let k = trigger.first - 1;
  while (k >= 0 && trigger.first - k <= 3 && PRONOUN_ADVERBS.has(tokens[k].norm)) k--;
  const t = tokens[k];
  if (!t || t.isArabic || (!PERSON_PRONOUNS.has(t.norm) && !THING_PRONOUNS.has(t.norm))) return -1;
  for (let j = k; j < trigger.first; j++)
    if (/[,;:.!?"“”]/.test(text.slice(tokens[j].end, tokens[j + 1].start))) return -1;
  // Not inside a quotation: '"They opened fire," he said' speaks of someone else.
  if (k > 0 && /["“‘']$/.test(text.slice(tokens[k - 1].end, t.start))) return -1;
  // The pronoun opens its sentence or follows a comma ("In a statement issued by the presidency, he urged").
  if (k === 0 || /[.!?,\n]["”’']?\s*$/.test(text.slice(tokens[k - 1].end, t.start))) return k;
  return -1;
}

/** "He called on ...", "It denied ...": the subject of the nearest earlier sentence that names one of the pronoun's
 * kind (a person for he/she, an organisation, state or group for it/they), or null. */
export function resolvePronounSubject(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
): Span<ActorLike> | null {
  const at = pronounSubjectAt(text, tokens, trigger);
  if (at < 0) return null;
  const person = PERSON_PRONOUNS.has(tokens[at].norm);
  const fits = (a: Span<ActorLike>) =>
    person ? a.value.kind === 'person' : a.value.kind !== 'person' && !NOT_ANTECEDENT.has(a.value.kind);
  const starts = sentenceStarts(text, tokens);
  let s = starts.length - 1;
  while (s > 0 && starts[s] > at) s--;
  // The pronoun's own sentence before it ("In a statement issued by the presidency, he urged"), then up to three
  // earlier sentences, nearest first; in each, the leftmost mention that is no preposition's object.
  for (let back = 0; back <= 3 && s - back >= 0; back++) {
    const from = starts[s - back];
    const to = back === 0 ? at : starts[s - back + 1];
    const found = actors.find(
      (a) => a.first >= from && a.end <= to && fits(a) && !PREPOSITIONS.has(tokens[a.first - 1]?.norm ?? ''),
    );
    if (found && back === 0 && !person) continue;
    if (found)
      return {
        ...found,
        first: at,
        end: at + 1,
        start: tokens[at].start,
        stop: tokens[at].end,
        surface: tokens[at].surface,
      };
  }
  return null;
}
