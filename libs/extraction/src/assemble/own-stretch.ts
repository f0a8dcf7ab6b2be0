// "Turkey carried out airstrikes in Iraq and Syria, hours after an attack near Ankara": two happenings told in one
// sentence each own the places of their own stretch. When another happening's trigger stands between a trigger and
// a place, and the trigger already has a place of its own on that side before the other trigger, the farther place
// belongs to the other happening. Deaths ("killed 5 in Ankara") are the outcome of the same happening, never rivals.
import type { TriggerMatch } from '../patterns/match-triggers';
import { matchTriggers } from '../patterns/match-triggers';
import { triggerIndex } from '../patterns/lexicon';
import type { Token } from '../text/tokenize';
import type { PlaceLike, Span } from './assemble.types';
import { MATERIAL, VENUE } from './event-classes';
import { inside } from './location-cues';

export interface TokenRange {
  first: number;
  end: number;
}

/** Triggers of other happenings that hold a place of their own (material events, meetings, deals). */
function placedHappening(t: TriggerMatch): boolean {
  return (MATERIAL.has(t.spec.type) || VENUE.has(t.spec.type)) && !t.spec.killing;
}

const sentenceCache = new WeakMap<Token[], Map<number, TokenRange[]>>();

/** The rival triggers of a sentence (its placed happenings), read once per sentence. */
export function sentenceRivals(tokens: Token[], language: string, sFirst: number, sEnd: number): TokenRange[] {
  let bySentence = sentenceCache.get(tokens);
  if (!bySentence) {
    bySentence = new Map();
    sentenceCache.set(tokens, bySentence);
  }
  const cached = bySentence.get(sFirst);
  if (cached) return cached;
  const index = triggerIndex(language);
  const rivals = index
    ? matchTriggers(tokens, index, sFirst, sEnd)
        .filter(placedHappening)
        .map((t) => ({ first: t.first, end: t.end }))
    : [];
  bySentence.set(sFirst, rivals);
  return rivals;
}

/** The places of the trigger's own stretch: those beyond a rival trigger are dropped when the trigger has a place
 * between itself and that rival, unless they lie inside it ("killed in the West Bank, after troops stormed a house
 * in Beit Ummar" tells one happening, the second clause sharpening the first). */
export function ownStretch<P extends Span<PlaceLike>>(places: P[], trigger: TokenRange, rivals: TokenRange[]): P[] {
  const others = rivals.filter((r) => r.end <= trigger.first || r.first >= trigger.end);
  const next = others.filter((r) => r.first >= trigger.end).sort((a, b) => a.first - b.first)[0];
  const prev = others.filter((r) => r.end <= trigger.first).sort((a, b) => b.end - a.end)[0];
  const ownAfter = next ? places.filter((p) => p.first >= trigger.end && p.end <= next.first) : [];
  const ownBefore = prev ? places.filter((p) => p.first >= prev.end && p.end <= trigger.first) : [];
  const theirs = (p: P, own: P[]) => own.length > 0 && !own.some((o) => inside(p.value, o.value));
  return places.filter(
    (p) =>
      !(next && p.first >= next.end && theirs(p, ownAfter)) && !(prev && p.end <= prev.first && theirs(p, ownBefore)),
  );
}
