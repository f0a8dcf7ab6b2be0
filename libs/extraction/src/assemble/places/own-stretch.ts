// "Turkey carried out airstrikes in Iraq and Syria, hours after an attack near Ankara": two happenings told in one
// sentence each own the places of their own stretch. When another happening's trigger stands between a trigger and
// a place, and the trigger already has a place of its own on that side before the other trigger, the farther place
// belongs to the other happening. Deaths ("killed 5 in Ankara") are the outcome of the same happening, never rivals.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { matchTriggers } from '../../patterns/match-triggers';
import { triggerIndex } from '../../patterns/lexicon';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { MATERIAL, VENUE } from '../event-classes';
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

/** How far after another happening's trigger a place still completes it: "هجوم سروج", "وصول سفينة مساعدات إلى
 * ميناء عدن", "the attack on Suruc". */
const RIVAL_REACH = 3;
/** Triggers this close are one coordinated happening ("اشتباكات وقصف في", "clashes and shelling in"). */
const COORDINATED_GAP = 2;
/** Words that set another happening beside this one as its background or occasion: "ردا على هجوم سروج", "بعد
 * تفجير خان بني سعد", "بالتزامن مع وصول سفينة", "in response to the attack in Suruc", "days after the bombing". */
const BACKGROUND = new Set(
  ['بعد', 'اثر', 'عقب', 'ردا', 'رداً', 'بالتزامن', 'تزامنا', 'منذ', 'after', 'following', 'response', 'since'].map(
    foldWord,
  ),
);
const BACKGROUND_REACH = 5;

/** A background happening's trigger: one of the words above stands at most three words before it. */
function isBackground(tokens: Token[], r: TokenRange): boolean {
  for (let k = r.first - 1; k >= Math.max(0, r.first - BACKGROUND_REACH); k--)
    if (BACKGROUND.has(tokens[k].norm)) return true;
  return false;
}

/** The place right after a background happening's trigger (not past this trigger, not coordinated with it) is that
 * happening's: "ضاعف هجماته … ردا على هجوم سروج", "بالتزامن مع وصول سفينة مساعدات إلى ميناء عدن، استهدفت قذائف
 * مستشفى X". */
export function completesRival(tokens: Token[], p: TokenRange, trigger: TokenRange, rivals: TokenRange[]): boolean {
  return rivals.some((r) => {
    if (r.end > p.first || p.first - r.end > RIVAL_REACH) return false;
    if (r.first < trigger.end && r.end > trigger.first) return false;
    // This trigger stands between the other one and the place: the place is this trigger's.
    if (trigger.first >= r.end && trigger.end <= p.first) return false;
    const gap = r.first >= trigger.end ? r.first - trigger.end : trigger.first - r.end;
    return gap > COORDINATED_GAP && isBackground(tokens, r);
  });
}

/** The places of the trigger's own stretch: those beyond a rival trigger are dropped when the trigger has a place
 * between itself and that rival, unless they lie inside it ("killed in the West Bank, after troops stormed a house
 * in Beit Ummar" tells one happening, the second clause sharpening the first); a place completing a rival's trigger
 * is always the rival's (completesRival). */
export function ownStretch<P extends Span<PlaceLike>>(
  places: P[],
  trigger: TokenRange,
  rivals: TokenRange[],
  tokens?: Token[],
): P[] {
  // Only when the trigger keeps a place of its own: "بعد تفجير خان بني سعد … وتوقيف المفرزة المسؤولة عن أمن المنطقة"
  // tells the later step at the scene of the background happening.
  const kept = tokens ? places.filter((p) => !completesRival(tokens, p, trigger, rivals)) : places;
  if (kept.length) places = kept;
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
