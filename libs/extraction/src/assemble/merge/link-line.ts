// Arabic web copy closes with a link line repeating the headline ("رابط الخبر بصحيفة الوئام: مقتل 19 … غربي بغداد").
// It tells no new happening: a mention in it that no happening fits by place restates the article's first-told
// happening of its type (same actor, mode and day), placed only as loosely as a headline places it ("غربي بغداد" for
// a village west of the capital), so it folds into that one (merge-events.ts) instead of standing as a second
// happening at the headline's place.
import type { DraftEvent, PlaceLike } from '../assemble.types';
import { inside } from '../places/location-cues';

const LINK_LINE = /^\s*رابط\s+(?:ال)?خبر/;

/** The mention's sentence is the closing link line. */
export const inLinkLine = (d: DraftEvent): boolean => LINK_LINE.test(d.evidence.text);

/** The first-told of `happenings` (those agreeing with the mention but for the place; not itself from a link line)
 * that a link-line mention restates. */
export function restatedLead(d: DraftEvent, happenings: DraftEvent[]): DraftEvent | undefined {
  if (d.backref || !inLinkLine(d)) return undefined;
  let lead: DraftEvent | undefined;
  for (const o of happenings)
    if (o.type === d.type && o.negated === d.negated && !inLinkLine(o) && o.evidence.start < d.evidence.start)
      if (!lead || o.evidence.start < lead.evidence.start) lead = o;
  return lead;
}

const CONTAINERS: ReadonlySet<PlaceLike['kind']> = new Set(['region', 'admin1', 'country']);

/** The lead's place, or the town inside it the headline names ("في محافظة تعز" … "قصف بتعز"): the sharper reading. */
export function sharperRestated(lead: PlaceLike | null, told: PlaceLike | null): PlaceLike | null {
  if (!lead || !told || CONTAINERS.has(told.kind) || !CONTAINERS.has(lead.kind)) return lead;
  return inside(told, lead) ? told : lead;
}
