// Actors a trigger takes from its sentence rather than its own clause: a coordinated verb shares the subject of
// the verb before it ("إن الجامعة العربية ترحب بالهدنة وتطالب الحوثيين", "organisers called for a strike and
// demanded"), and a statement with no subject of its own belongs to the speaker of the sentence ("قال مسعود
// البارزاني إن ... ودعا", "X said on Monday ... and called for").
import type { TriggerMatch } from '../patterns/match-triggers';
import { foldWord, type Token } from '../text/tokenize';
import type { ActorLike, Span } from './assemble.types';

const SPEECH = new Set(
  ['قال', 'قالت', 'اضاف', 'اضافت', 'اكد', 'اكدت', 'اوضح', 'اوضحت', 'اعلن', 'اعلنت', 'صرح', 'تابع', 'شدد', 'شددت'].map(
    foldWord,
  ),
);
const EN_SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'announced']);
const STRONG_RULES = /^(subject|text subject|shared subject|agent)/;

export interface VerbMemory {
  actor: Span<ActorLike>;
  rule: string;
  end: number;
  sentence: number;
}

/** True when the trigger is a verb joined to the previous one by "و" / "and". */
export function isCoordinatedVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'verb') return false;
  const t = tokens[trigger.first];
  if (t.isArabic) return /^[وف]/.test(t.norm) && t.stems.some((s) => s.length === t.norm.length - 1);
  return tokens[trigger.first - 1]?.norm === 'and';
}

/** The subject of the previous verb of the sentence, for a coordinated verb whose own subject is weak or missing. */
export function sharedSubject(
  tokens: Token[],
  trigger: TriggerMatch,
  memory: VerbMemory | null,
  sentence: number,
  current: Span<ActorLike> | null,
  rule: string | null,
): Span<ActorLike> | null {
  if (!memory || memory.sentence !== sentence || trigger.first - memory.end > 20) return null;
  if (!isCoordinatedVerb(tokens, trigger)) return null;
  // A subject written right after the verb still wins ("وقصفت طائرات التحالف").
  if (current && rule && STRONG_RULES.test(rule) && (current.end <= trigger.first || current.first === trigger.end))
    return null;
  return memory.actor;
}

/** Remembers a verb's subject for the coordinated verbs after it. */
export function rememberVerb(
  trigger: TriggerMatch,
  actor: Span<ActorLike> | null,
  rule: string | null,
  sentence: number,
): VerbMemory | null {
  if (trigger.spec.voice !== 'verb' || !actor || !rule || !STRONG_RULES.test(rule)) return null;
  return { actor, rule, end: trigger.end, sentence };
}

/** The actor named as the speaker of the sentence before the trigger: "قال X", "X said". */
export function sentenceSpeaker(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  for (let k = sentenceFirst; k < trigger.first; k++) {
    const t = tokens[k];
    if (t.isArabic ? t.stems.some((s) => SPEECH.has(s)) : false) {
      const a = actors.find((x) => x.first > k && x.first - k <= 6 && x.end <= trigger.first);
      if (a) return a;
    } else if (!t.isArabic && EN_SPEECH.has(t.norm)) {
      const a = actors.find((x) => x.end <= k && k - x.end <= 1 && x.first >= sentenceFirst);
      if (a) return a;
    }
  }
  return null;
}
