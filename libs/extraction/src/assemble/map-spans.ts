// Maps character-offset mentions onto token indices, and sorts out places that are really actors (طهران دفعت)
// from actors that are really places (في سوريا): a preposition in front decides.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { ActorLike, ActorMentionLike, PlaceLike, PlaceMentionLike, Span } from './assemble.types';
import { isLocative } from './locative';
import {
  cityAttacked,
  countryStruck,
  isBirthplaceIdiom,
  isPoliceWord,
  meetingVenue,
  ownsPlace,
  policedPlace,
} from './place-or-state';

/** Index of the first token starting at or after `offset` (binary search; tokens are sorted). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toSpan<T>(tokens: Token[], start: number, end: number, surface: string, value: T): Span<T> | null {
  const first = tokenAt(tokens, start);
  let last = tokenAt(tokens, end);
  if (last < tokens.length && tokens[last].start < end) last++;
  if (last <= first) return null;
  return { first, end: last, start, stop: end, surface, value };
}

/** Ids of a state's composed government or police (institution-actor.ts). */
const STATE_BODY = /^(?:gov|police):/;
const FI = foldWord('في');

/** "BAGHDAD (Reuters) -", "TEHRAN:": a dateline city that also names its government is still where the story is
 * filed from; mapMentions returns it apart from the places (it is no mention of the body) when it is the dateline's
 * only city: of two bureaus ("TEHRAN/BAGHDAD") neither is the story's, unless the body names it again as a place. */
const metonyms = new WeakSet<Span<PlaceLike>>();

/** A dateline city that also names its government ("BAGHDAD"), kept by mapMentions as a dateline only. */
export function isMetonymDateline(p: Span<PlaceLike>): boolean {
  return metonyms.has(p);
}

function soleDatelineCity(p: Span<PlaceLike>, places: Span<PlaceLike>[], datelineEnd: number): boolean {
  return !places.some((o) => o !== p && o.stop <= datelineEnd && o.value.kind !== 'country');
}

export function mapMentions(
  tokens: Token[],
  placeMentions: PlaceMentionLike[],
  actorMentions: ActorMentionLike[],
  datelineEnd = 0,
  text = '',
): {
  places: Span<PlaceLike>[];
  actors: Span<ActorLike>[];
  datelineCities: Span<PlaceLike>[];
  /** Every place mention, also those read as an actor or idiom (brief datelines name a city either way). */
  rawPlaces: Span<PlaceLike>[];
} {
  const rawPlaces = placeMentions
    .map((m) => toSpan(tokens, m.start, m.end, m.surface, m.place))
    .filter((s): s is Span<PlaceLike> => !!s);
  const rawActors = actorMentions
    .map((m) => toSpan(tokens, m.start, m.end, m.surface, m.actor))
    .filter((s): s is Span<ActorLike> => !!s);
  const overlaps = (a: { start: number; stop: number }, b: { start: number; stop: number }) =>
    a.start < b.stop && b.start < a.stop;
  const places = rawPlaces.filter((p) => {
    if (isBirthplaceIdiom(tokens, p)) return false;
    const actor = rawActors.find((a) => overlaps(a, p));
    // A place inside a longer actor name ("وزارة الدفاع الروسية" has no place; "قوات سوريا الديمقراطية" does) is part of the actor.
    // "وزارة الداخلية في البحرين": a state's institution placed with في still names where it acts.
    if (actor && actor.stop - actor.start > p.stop - p.start)
      return policedPlace(tokens, p, actor) || (tokens[p.first - 1]?.norm === FI && STATE_BODY.test(actor.value.id));
    // "شرطة منطقة الرياض": the region a police force is named by, though its bare name "الرياض" reads as the state.
    if (actor && p.first < actor.first && isPoliceWord(tokens[p.first - 1])) return true;
    return (
      !actor ||
      isLocative(tokens, p.first, p.start) ||
      (!!text && ownsPlace(text, tokens, p)) ||
      cityAttacked(tokens, p, actor) ||
      meetingVenue(tokens, p) ||
      (!!text && countryStruck(text, tokens, p, actor))
    );
  });
  const actors = rawActors.filter((a) => {
    const place = rawPlaces.find((p) => overlaps(a, p) && p.stop - p.start >= a.stop - a.start);
    return !place || (!isLocative(tokens, a.first, a.start) && !(text && ownsPlace(text, tokens, place)));
  });
  // "DOHA/GOMA, Nov 15 - … signed a framework agreement in Doha": of two bureaus, one the body names again as a
  // place is the story's (english-dateline.ts storyCity chooses).
  const namedAgain = (p: Span<PlaceLike>) => places.some((o) => o.start >= datelineEnd && o.value.id === p.value.id);
  const datelineCities = rawPlaces.filter(
    (p) =>
      p.stop <= datelineEnd && !places.includes(p) && (soleDatelineCity(p, rawPlaces, datelineEnd) || namedAgain(p)),
  );
  for (const p of datelineCities) metonyms.add(p);
  return { places, actors, datelineCities, rawPlaces };
}
