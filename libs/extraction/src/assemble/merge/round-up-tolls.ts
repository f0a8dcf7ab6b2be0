// An English lead often sums a day's violence ("two days of cross-border firing killed three civilians", "raids on
// three towns … killing at least nine") and the body then breaks the sum down, place by place ("killing two
// civilians" in Poonch, "a woman was killed" in Kotli). The lead's mention joins the first of those happenings and,
// as the first figure told, would keep the round-up as that happening's toll. When the body's own figure for the
// happening and the tolls of happenings of its type told elsewhere add up exactly to the lead's, the lead was a sum:
// the happening keeps its own figure.
import type { DraftEvent } from '../assemble.types';
import { ARABIC_SCRIPT } from '../../text/tokenize';

/** Whether some (non-empty) choice of the figures adds up to exactly `sum`. */
function addsUpTo(figures: number[], sum: number): boolean {
  if (sum <= 0) return false;
  let reach = new Set<number>([0]);
  for (const f of figures.slice(0, 12)) {
    const next = new Set(reach);
    for (const r of reach) if (r + f <= sum) next.add(r + f);
    reach = next;
    if (reach.has(sum)) return true;
  }
  return false;
}

/** Gives each happening whose toll is a lead's round-up the figure the body told of it (in place): a figure of a
 * mention from another clause that joined it (`later`, per happening), or the toll of a happening of its type at its
 * place told after it (the lead's mention left apart, dated by the lead's day). */
export function breakDownRoundUps(
  events: DraftEvent[],
  later: Map<DraftEvent, number[]>,
  firstTold: (d: DraftEvent) => number,
): void {
  const tolled = events.filter((o) => !o.negated && o.killed !== null);
  for (const h of events) {
    const told = h.killed;
    if (told === null || h.killedTotal || ARABIC_SCRIPT.test(h.evidence.text)) continue;
    const here = (o: DraftEvent) => o.type === h.type && o.place?.id === h.place?.id;
    const after = tolled.filter((o) => firstTold(o) > firstTold(h));
    const body = after.filter(here).map((o) => o.killed!);
    const own = [...(later.get(h) ?? []), ...body].find((k) => k < told);
    if (own === undefined) continue;
    // The breakdown follows the sum: happenings of its type told after it, at other places.
    const elsewhere = after.filter((o) => o.type === h.type && !here(o)).map((o) => o.killed!);
    if (addsUpTo(elsewhere, told - own)) h.killed = own;
  }
}
