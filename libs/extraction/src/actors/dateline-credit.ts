// The credit of a dateline, at the head of a story or of each item of a news digest: "* سيدني - «الشرق الأوسط»:",
// "أبوجا - رويترز:". The outlet it names filed the story; it is not an actor of what follows, so its mention is
// dropped (the nearest-name readings would otherwise make the paper the doer of the item's first act).
import type { ActorMention } from './actor.types';

// From a line start: an optional bullet, the city (one to four words), a dash, an opening quote.
const CITY_DASH = /(?:^|\n)[ \t]*[*•]?[ \t]*[\p{L}.]+(?: [\p{L}.]+){0,3}[ \t]*[-–—][ \t]*[«"“]?$/u;
// A closing quote, then the colon that opens the story.
const COLON = /^[»"”]?[ \t]*:/;

/** True when the mention is the outlet credited in a dateline. */
export function isDatelineCredit(text: string, m: ActorMention): boolean {
  if (m.actor.kind !== 'media' || !COLON.test(text.slice(m.end, m.end + 4))) return false;
  return CITY_DASH.test(text.slice(Math.max(0, m.start - 60), m.start));
}

/** The mentions without the outlets that dateline credits name. */
export function dropDatelineCredits(text: string, mentions: ActorMention[]): ActorMention[] {
  return mentions.some((m) => isDatelineCredit(text, m))
    ? mentions.filter((m) => !isDatelineCredit(text, m))
    : mentions;
}
