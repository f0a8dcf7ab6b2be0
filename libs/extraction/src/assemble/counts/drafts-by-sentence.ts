// The drafts of an article grouped by sentence, in their order: readers that look at one sentence's drafts (a toll
// sentence and the attack before it) read that group instead of filtering every draft of the article each time,
// which made articles of thousands of sentences quadratic.
import type { DraftEvent } from '../assemble.types';

export type DraftsBySentence = Map<number, DraftEvent[]>;

export function draftsBySentence(out: DraftEvent[]): DraftsBySentence {
  const by: DraftsBySentence = new Map();
  for (const o of out) {
    const list = by.get(o.sentence);
    if (list) list.push(o);
    else by.set(o.sentence, [o]);
  }
  return by;
}

const NONE: DraftEvent[] = [];

/** The drafts of sentence si (none: an empty list). */
export const inSentence = (by: DraftsBySentence, si: number): DraftEvent[] => by.get(si) ?? NONE;

/** The attack told last in sentence si (the first of equals), among those `keep` accepts: a toll's host. */
export function latestAssault(
  by: DraftsBySentence,
  si: number,
  keep: (d: DraftEvent) => boolean = () => true,
): DraftEvent | undefined {
  let latest: DraftEvent | undefined;
  for (const d of inSentence(by, si))
    if (d.type === 'ASSAULT' && keep(d) && (!latest || d.evidence.start > latest.evidence.start)) latest = d;
  return latest;
}
