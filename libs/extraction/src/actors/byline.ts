// Reporter bylines and photo credits at the head of Arabic wire copy: "عبدالله الراجحي- سبق- جدة:",
// "سعود الدعجاني - سبق - عسير: تصوير مشعل الزهراني:". The people they name wrote or photographed the story; they
// are never its actors, so their mentions are dropped.
import type { ActorMention } from './actor.types';

const WORD = '[\\u0600-\\u06ff]+';
// Reporter (1-4 words) - agency (1-3 words) - city (1-3 words):
const BYLINE = new RegExp(
  `^\\s*${WORD}(?: ${WORD}){0,3}\\s*[-–—]\\s*${WORD}(?: ${WORD}){0,2}\\s*[-–—]\\s*${WORD}(?: ${WORD}){0,2}\\s*:`,
);
// A photo credit right after it: "تصوير مشعل الزهراني:", "تصوير: مشعل الزهراني -".
const CREDIT = new RegExp(`^\\s*(?:تصوير|عدسة)\\s*:?\\s*${WORD}(?: ${WORD}){0,3}\\s*[:\\-–—]`);

/** Length of the byline (and photo credit) opening the text, or 0 when it opens with none. */
export function bylineLength(text: string): number {
  const m = BYLINE.exec(text);
  if (!m) return 0;
  const credit = CREDIT.exec(text.slice(m[0].length));
  return m[0].length + (credit ? credit[0].length : 0);
}

/** The mentions without the people a byline or photo credit names. */
export function dropBylinePeople(text: string, mentions: ActorMention[]): ActorMention[] {
  const end = bylineLength(text);
  return end ? mentions.filter((m) => !(m.actor.kind === 'person' && m.start < end)) : mentions;
}
