// "وقال سانتوس: «أمرت بوقف الغارات الجوية»": a first-person verb opening a quotation is the act of the one who
// speaks it, whatever the event's type (a statement verb already falls back on the speaker).
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { sentenceSpeaker } from '../clause/shared-subject';
import { speakerPhrase } from './predicate-rejection';

/** A past verb of the first person: "أمرت", "قررنا", "وأمرنا" (ت or نا ends it). */
const firstPersonPast = (t: Token): boolean => t.isArabic && /^[وف]?[\u0621-\u064A]{2,}(?:ت|نا)$/.test(t.norm);

/** "«استهدفت غارة أخرى رتلا»", "«دمرت طائرات التحالف»", "«طلبت وزارة البيئة»": a verb in ت followed at once by an
 * indefinite noun in ة or ات is the third feminine with its own subject after it, not "I" (an object of "I" comes
 * after a preposition, or defined: "أمرت بوقف", "أوقفت الغارات"). */
function feminineWithSubject(tokens: Token[], verbIndex: number): boolean {
  const verb = tokens[verbIndex];
  const next = tokens[verbIndex + 1];
  if (!verb.norm.endsWith('ت') || !next?.isArabic) return false;
  const bare = next.surface.replace(/[\u064B-\u0652\u0640]/g, '');
  return /^(?!ال|[بلكف])[\u0621-\u064A]{2,}(?:ة|ات)$/.test(bare);
}

/** The speaker of the quotation a first-person verb trigger opens ("قال X: «أمرت ..."), or null. */
export function quotedFirstPersonSpeaker(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb' || trigger.first === 0 || trigger.first <= sentenceFirst) return null;
  const verb = tokens[trigger.first];
  if (!firstPersonPast(verb) || feminineWithSubject(tokens, trigger.first)) return null;
  // The quotation opens right before the verb, after a colon: "قال X: «أمرت", "وأضاف: "قررنا".
  const gap = text.slice(tokens[trigger.first - 1].end, verb.start);
  if (!/:\s*[«"“]\s*$/.test(gap)) return null;
  return sentenceSpeaker(tokens, actors, trigger, sentenceFirst);
}

/** A future verb of the first person: "سنرد", "سنتخذ", "وسنواصل", "سأعمل" (the future س on the نـ or أ prefix). */
const firstPersonFuture = (t: Token): boolean =>
  t.isArabic && (/^[وف]?سن[\u0621-\u064A]{2,}$/.test(t.norm) || /^[وف]?سأ[\u0621-\u064A]{2,}$/.test(t.surface));

/** The quotation marks before token `first` in the sentence leave one open: more « than », or an odd count of
 * straight or curly ones; or a colon opened a quotation ('قائلًا: "تنظيم "داعش"، ... سنتخذ': straight marks quoting
 * names inside the speech leave their count even). */
function insideQuotation(text: string, tokens: Token[], sentenceFirst: number, first: number): boolean {
  const span = text.slice(tokens[sentenceFirst].start, tokens[first].start);
  const count = (re: RegExp) => (span.match(re) ?? []).length;
  return count(/«/g) > count(/»/g) || count(/["“”]/g) % 2 === 1 || /:\s*["«“]/.test(span);
}

/** "وقال وزير الخارجية الأمريكي: «في حال خرق إيران شروط الاتفاق سنرد»", "قائلا: "... سنتخذ كافة التدابير": a
 * future verb of the first person inside a quotation is the speaker's act (we will respond), whatever names stand
 * before it in the quoted words; the sentence's speaker (a dictionary name, else the plain subject phrase of its verb
 * of speech), or null. */
export function quotedFutureSpeaker(
  text: string,
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb' || trigger.first <= sentenceFirst) return null;
  if (!firstPersonFuture(tokens[trigger.first])) return null;
  if (!insideQuotation(text, tokens, sentenceFirst, trigger.first)) return null;
  const speaker =
    sentenceSpeaker(tokens, actors, trigger, sentenceFirst) ?? speakerPhrase(text, tokens, trigger, sentenceFirst);
  // The speaker stands outside the quotation, before it opens.
  return speaker && !insideQuotation(text, tokens, sentenceFirst, speaker.first) ? speaker : null;
}
