// Arabic drops a pronoun subject: a sentence that opens with a conjoined verb and names nobody ("ودعا الوعاظ إلى",
// "وحذر من الشائعات، مطالباً", "وأضاف: ...") goes on with the subject of the sentence before it ("أكد المفتي ...").
// For statements only: the previous sentence's speaker, or the name right after its opening verb. A reason clause opened
// by "حيث ان" goes on with it too, and so does a sentence going on with a speech a colon opened in its paragraph.
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isGoverned } from '../clause/actor-roles';
import { isCircumstantial, isSpeechVerb, sentenceSpeaker } from '../clause/shared-subject';
import { foldedSet } from '../../text/word-sets';
import { speakerPhraseAt } from '../clause/raw-subject';
import type { TriggerMatch } from '../../patterns/match-triggers';

/** The actor rule of a subject carried over from the previous sentence: read by the confidence model as no actor. */
export const CARRIED_SUBJECT_RULE = 'subject of the previous sentence';

const SENTENCE_END = /[.؟?!]|\n/;
const ALSO = 'كما';
// "حيث ان ..." ("whereas", "since") opens no new statement: it gives the reason for what the sentence before said, so
// whatever it reports is still that sentence's subject's ("وعدت اللجنة ... . حيث ان ... كشفت عن الجرائم").
const WHEREAS = foldedSet(['حيث']);
const COMPLEMENTIZERS = foldedSet(['أن', 'إن', 'ان', 'انه', 'انها', 'بان']);
// Words after و/ف that open a sentence without being its verb ("وفي السياق ذاته", "وقد", "وكان").
const PARTICLES = foldedSet(
  'في فيما بعد على علي من عن إلى الى مع قد لكن كان كانت هو هي هم هذا هذه ذلك بين خلال عند حسب وفق لم لا لن إن ان أن قبل منذ ما كما إذا اذا أما اما أو او إلا الا أي اي'.split(
    ' ',
  ),
);

/** True when `span` closes a quotation it did not open: more » than «, or an odd count of straight or curly marks
 * (a quotation closing at its end opened before it). */
function closesOpenQuote(span: string): boolean {
  const count = (re: RegExp) => (span.match(re) ?? []).length;
  return count(/»/g) > count(/«/g) || count(/["“”]/g) % 2 === 1;
}

/** The first token of the sentence before the one starting at `sFirst`, or -1. A stop inside a quotation ('قال
 * اردوغان "نحن في حداد. أنا أندد"') ends no sentence of the report: the walk goes back to the sentence that opened it. */
function previousSentenceFirst(text: string, tokens: Token[], sFirst: number): number {
  if (sFirst <= 0) return -1;
  let k = sFirst - 1;
  for (;;) {
    while (k > 0 && !SENTENCE_END.test(text.slice(tokens[k - 1].end, tokens[k].start))) k--;
    if (k <= 0 || sFirst - k > 60 || !closesOpenQuote(text.slice(tokens[k].start, tokens[sFirst].start))) break;
    k--;
  }
  return sFirst - k > 60 ? -1 : k;
}

/** The sentence at `sFirst` opens with a و/ف-verb (not a noun: "والحكومة", nor a particle: "وفي") and names nobody
 * before token `before`. */
function bareOpening(tokens: Token[], actors: Span<ActorLike>[], sFirst: number, before: number): boolean {
  const opening = tokens[sFirst];
  if (WHEREAS.has(opening?.norm ?? '')) {
    // "حيث ان": the reason clause names nobody before its trigger.
  } else if (opening?.norm === ALSO) {
    // "كما أدان النظام القضائي": "also" before the verb goes on as a conjoined verb does.
    const verb = tokens[sFirst + 1];
    if (!verb?.isArabic || verb.norm.startsWith('ال') || PARTICLES.has(verb.norm)) return false;
  } else if (!opening?.isArabic || !/^[وف]../.test(opening.norm) || /^[وف]ال/.test(opening.norm)) return false;
  else if (PARTICLES.has(opening.norm.slice(1))) return false;
  return !actors.some((a) => a.first >= sFirst && a.first < before);
}

/** The opening verb of a sentence at `sFirst`: after كما ("also"), else the first word. */
const openingVerb = (tokens: Token[], sFirst: number): number => (tokens[sFirst]?.norm === ALSO ? sFirst + 1 : sFirst);

/** "وقال في مؤتمر صحفي: تم تحديد هوية مشتبه به. الاحتمال الأكبر هو ...": a sentence in the same paragraph as a speech
 * verb and the colon after it goes on with the speech, and names nobody before token `before`. */
function continuesColonQuote(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  sFirst: number,
  before: number,
): boolean {
  const prev = previousSentenceFirst(text, tokens, sFirst);
  if (prev < 0 || text.slice(tokens[prev].start, tokens[sFirst].start).includes('\n')) return false;
  const speech = tokens.slice(prev, sFirst).findIndex((t) => isSpeechVerb(t));
  if (speech < 0 || !text.slice(tokens[prev + speech].end, tokens[sFirst].start).includes(':')) return false;
  return !actors.some((a) => a.first >= sFirst && a.first < before);
}

/** The subject the previous sentence lends to a sentence opening with a bare conjoined verb, or null; a previous
 * sentence that itself opens bare passes on the subject of the one before it (up to three sentences back). */
export function droppedSubject(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sFirst: number,
): Span<ActorLike> | null {
  const quoted = !bareOpening(tokens, actors, sFirst, trigger.first);
  if (quoted && !continuesColonQuote(text, tokens, actors, sFirst, trigger.first)) return null;
  if (!quoted && !WHEREAS.has(tokens[sFirst].norm)) {
    // "وأشادوا": a plural verb's subject is a group the previous sentence need not have as its subject.
    const verb = openingVerb(tokens, sFirst);
    if (/وا$/.test(tokens[verb].norm)) return null;
    // The opening verb is the trigger, a verb of speech ("وأضاف: ..."), or the verb a participle trigger goes with.
    if (trigger.first !== verb && !isSpeechVerb(tokens[verb]) && !isCircumstantial(tokens, trigger)) return null;
  }
  let current = sFirst;
  for (let hop = 0; hop < 3; hop++) {
    const prev = previousSentenceFirst(text, tokens, current);
    if (prev < 0) return null;
    const end = { ...trigger, first: current, end: current + 1 };
    const speaker = sentenceSpeaker(tokens, actors, end, prev);
    if (speaker) return speaker;
    const a = actors.find((x) => x.first >= prev && x.end <= current);
    if (a && a.first > prev && a.first - prev <= 3 && !isGoverned(tokens, a)) return a;
    // "وعدت لجنة حقوق الانسان العربية ...": a body the dictionary has no name for, right after the opening verb.
    const phrase = !a ? speakerPhraseAt(text, tokens, prev + 1, current) : null;
    if (phrase) return phrase;
    // Passing on needs only a bare opening: names deep in that sentence, or in the clause its أن opens, are not
    // its subject ("وأكد أن على العلماء مسؤولية").
    let limit = Math.min(current, prev + 4);
    for (let k = prev + 1; k < limit; k++) if (COMPLEMENTIZERS.has(tokens[k].norm)) limit = k;
    if (!bareOpening(tokens, actors, prev, limit)) return null;
    current = prev;
  }
  return null;
}
