// Actors a trigger takes from its sentence rather than its own clause: a coordinated verb shares the subject of
// the verb before it ("إن الجامعة العربية ترحب بالهدنة وتطالب الحوثيين", "organisers called for a strike and
// demanded"), and a statement with no subject of its own belongs to the speaker of the sentence ("قال مسعود
// البارزاني إن ... ودعا", "X said on Monday ... and called for").
import type { TriggerMatch } from '../../patterns/match-triggers';
import { isGap } from '../../patterns/trigger-gaps';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { TEXT_ACTOR_PREFIX } from './raw-subject';
import { quotedSpeaker } from './quoted-speaker';
import { isAddressee } from './actor-sources';
import { outletCarriesReport, reportedSubject } from './outlet-roles';

// "وأشار X إلى", "وبيّن", "وأعرب عن", "ولفت", "ونوّه": verbs that also open a speaker's statement.
const MORE_SPEECH = ['اشار', 'اشارت', 'بين', 'بينت', 'اعرب', 'اعربت', 'لفت', 'لفتت', 'نوه', 'نوهت', 'افاد', 'افادت'];
const SPEECH = new Set(
  [
    'قال',
    'قالت',
    'اضاف',
    'اضافت',
    'اكد',
    'اكدت',
    'اوضح',
    'اوضحت',
    'اعلن',
    'اعلنت',
    'صرح',
    'تابع',
    'شدد',
    'شددت',
    // "ويقول أحد الدبلوماسيين إن ...": the present tense opens a statement too.
    'يقول',
    'تقول',
    ...MORE_SPEECH,
  ].map(foldWord),
);

/** True when the token is a verb that opens a speaker's statement (قال, أكد, أفاد). */
export function isSpeechVerb(t: Token): boolean {
  return t.isArabic && t.stems.some((s) => SPEECH.has(s));
}
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'الي', 'لان'].map(foldWord));
const EN_SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'announced']);
// "Mali's military government ordered …, accusing": the owner read behind a head noun stands where its subject did.
const STRONG_RULES = /^(subject|text subject|shared subject|agent|owner of its forces)/;

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

/** A circumstantial participle (حال) in the accusative: "..., مطالبا إياها بـ", "داعياً السلطات": it reports a second act
 * of the sentence's subject, and the noun after it is its object. */
export function isCircumstantial(tokens: Token[], trigger: TriggerMatch, text?: string): boolean {
  const t = tokens[trigger.first];
  // English: a participle after a comma, "X attacked the base, killing seven" (X killed them).
  if (!t.isArabic && text !== undefined) return englishParticiple(text, tokens, trigger);
  // "محملا الحوثيين مسؤولية": a gapped phrase is read by its head, the gap being the participle's object.
  const gapped = isGap(trigger.spec.words[1] ?? '');
  if (trigger.spec.voice !== 'verb' || !t.isArabic || (trigger.end - trigger.first !== 1 && !gapped)) return false;
  const w = t.norm.replace(/^[وف]/, '');
  // "..., مطالبين بإقالة الوزير": a crowd's plural participle.
  if (/^(?:م\S{3,}ين|داعين)$/.test(w)) return true;
  return w.length >= 4 && w.endsWith('ا') && !w.endsWith('وا');
}

/** "..., killing seven", "..., calling for talks": an English -ing verb right after a comma, also after a closing
 * quote ('would not hand over its weapons "while Israel occupies our land", rejecting the timetable'). */
function englishParticiple(text: string, tokens: Token[], trigger: TriggerMatch): boolean {
  const t = tokens[trigger.first];
  const prev = tokens[trigger.first - 1];
  if (trigger.spec.voice !== 'verb' || !prev || !/ing$/.test(t.norm)) return false;
  return /^["”’]?\s*,\s*$/.test(text.slice(prev.end, t.start));
}

/** The subject of the previous verb of the sentence, for a coordinated verb whose own subject is weak or missing. */
export function sharedSubject(
  tokens: Token[],
  trigger: TriggerMatch,
  memory: VerbMemory | null,
  sentence: number,
  current: Span<ActorLike> | null,
  rule: string | null,
  text?: string,
): Span<ActorLike> | null {
  if (!memory || memory.sentence !== sentence || trigger.first - memory.end > 20) return null;
  // English ", killing seven": the participle's subject is the main verb's, whatever reading found it.
  if (text !== undefined && !tokens[trigger.first].isArabic && isCircumstantial(tokens, trigger, text))
    return memory.actor;
  // A plain-text subject (raw-subject.ts) is too loose a reading to lend: it would join distinct statements.
  if (isCircumstantial(tokens, trigger))
    return memory.actor.value.id.startsWith(TEXT_ACTOR_PREFIX) ? null : memory.actor;
  if (!isCoordinatedVerb(tokens, trigger)) return null;
  // A subject written right after the verb still wins ("وقصفت طائرات التحالف").
  if (current && rule && STRONG_RULES.test(rule) && (current.end <= trigger.first || current.first === trigger.end))
    return null;
  return memory.actor;
}

/** "وأكد المعلمي أن التحالف لا يستهدف المدنيين، محملا مليشيات الحوثي مسؤولية": the remembered verb stands in the
 * clause the speaker reports (after his أن/إن), so a participle of the sentence is the speaker's second act, not
 * that verb's subject's. */
export function reportedAfterSpeaker(tokens: Token[], speaker: Span<ActorLike>, memory: VerbMemory | null): boolean {
  if (!memory || memory.actor.first < speaker.end) return false;
  return tokens.slice(speaker.end, memory.actor.first).some((t) => COMPLEMENTIZERS.has(t.norm));
}

/** Remembers a verb's subject for the coordinated verbs after it. In English also the subject of a light verb's
 * event noun ("Israeli forces launched raids on three towns, killing nine": the raids' subject kills). */
export function rememberVerb(
  trigger: TriggerMatch,
  actor: Span<ActorLike> | null,
  rule: string | null,
  sentence: number,
  english = false,
): VerbMemory | null {
  if (!actor || !rule || !STRONG_RULES.test(rule)) return null;
  const lightVerbNoun = english && trigger.spec.voice === 'noun' && rule === 'subject before verb';
  if (trigger.spec.voice !== 'verb' && !lightVerbNoun) return null;
  return { actor, rule, end: trigger.end, sentence };
}

// Offices whose holder speaks for the body named after them with ل: "المتحدث الرسمي لوزارة العمل", "الأمين العام
// لمنظمة التعاون الإسلامي", "رئيس لجنة".
const OFFICES = new Set(
  ['المتحدث', 'الناطق', 'متحدث', 'ناطق', 'العام', 'الامين', 'رئيس', 'مدير', 'ممثل', 'مندوب', 'سفير'].map(foldWord),
);

/** The mention is the body a spokesman or office holder named just before speaks for. */
function spokesmanOf(tokens: Token[], x: Span<ActorLike>): boolean {
  for (let j = x.first - 1; j >= Math.max(0, x.first - 3); j--) if (OFFICES.has(tokens[j].norm)) return true;
  return false;
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
      // "أوضح لـ«الرياض» المتحدث ...": the paper the statement was made to is not its speaker.
      // "المتحدث الرسمي لوزارة العمل": the body a spokesman speaks for is the speaker.
      const a = actors.find(
        (x) =>
          x.first > k &&
          x.first - k <= 8 &&
          x.end <= trigger.first &&
          (spokesmanOf(tokens, x) || (x.first - k <= 6 && !isAddressee(tokens, x))),
      );
      // "علمت «عكاظ» أن رئيس الإقليم رفض": an outlet only carries the statement; the reported clause's subject
      // speaks (outlet-roles.ts).
      if (a && outletCarriesReport(tokens, a, trigger)) {
        const inner = reportedSubject(tokens, actors, a, trigger);
        if (inner) return inner;
        continue;
      }
      // "وأشار إلى أن التحالف ...": a name inside the reported clause is not the speaker.
      if (a && !tokens.slice(k + 1, a.first).some((w) => COMPLEMENTIZERS.has(w.norm))) return a;
    } else if (!t.isArabic && EN_SPEECH.has(t.norm)) {
      const a = actors.find((x) => x.end <= k && k - x.end <= 1 && x.first >= sentenceFirst);
      if (a) return firstListed(tokens, actors, a, sentenceFirst);
      const listed = speakerList(tokens, actors, k, sentenceFirst);
      if (listed) return listed;
    }
  }
  return tokens[trigger.first]?.isArabic ? quotedSpeaker(tokens, actors, trigger.first, sentenceFirst) : null;
}

const titled = (t: Token) => /^\p{Lu}/u.test(t.surface) || t.norm === 'and';

/** "President Joseph Aoun, Prime Minister Nawaf Salam and Parliament Speaker Nabih Berri said": the speakers listed
 * before "said" (names, their titles, "and"), read from the one nearest the verb back to the first. */
function speakerList(
  tokens: Token[],
  actors: Span<ActorLike>[],
  said: number,
  sentenceFirst: number,
): Span<ActorLike> | null {
  let j = said - 1;
  while (j >= sentenceFirst && said - j <= 16 && titled(tokens[j])) j--;
  const inRun = actors.filter((x) => x.first > j && x.end <= said && x.value.kind === 'person');
  return inRun.length ? firstListed(tokens, actors, inRun[inRun.length - 1], sentenceFirst) : null;
}

/** The first of a list of speakers of one kind ("A, B and C said" speaks for all: A leads), else the speaker itself.
 * Items are set apart by "and" or by punctuation right after a name; only titles may stand between them. */
function firstListed(
  tokens: Token[],
  actors: Span<ActorLike>[],
  speaker: Span<ActorLike>,
  sentenceFirst: number,
): Span<ActorLike> {
  let current = speaker;
  for (;;) {
    const prev = actors
      .filter((x) => x.end <= current.first && x.first >= sentenceFirst && x.value.kind === current.value.kind)
      .at(-1);
    if (!prev || current.first - prev.end > 4) return current;
    const between = tokens.slice(prev.end, current.first);
    const apart = between.some((t) => t.norm === 'and') || tokens[prev.end].start - tokens[prev.end - 1].end > 1;
    if (!apart || !between.every(titled) || prev.value.id === current.value.id) return current;
    current = prev;
  }
}
