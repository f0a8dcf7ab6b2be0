// English copy tells a crackdown and its dead in two sentences: "Police fired tear gas and live rounds at protesters
// in Maputo and Nampula." / "At least four people were shot dead in the capital … and in Nampula." The dispersal is
// the use of force whose toll the doer-less killing gives; annotators count the dead on the crackdown.
import type { DraftEvent } from '../assemble.types';
import { ARABIC_SCRIPT } from '../../text/tokenize';

/** Lends the toll of a doer-less killing told in a crowd-control act's sentence or the next, in its country, to that
 * act when it gives none (in place); each toll goes to the first such act only. The sentence that counts is the one
 * whose figure the killing took (tollSentence): "Police fired tear gas. / The region has been gripped by clashes since
 * May 2023. / More than 220 people have been killed" lends the clashes' war toll to no dispersal. */
export function lendCrackdownTolls(
  events: DraftEvent[],
  tollSentence: (e: DraftEvent) => number = (e) => e.sentence,
): DraftEvent[] {
  const lent = new Set<DraftEvent>();
  for (const e of events) {
    if (e.type !== 'COERCE' || e.mode !== 'crowd-control' || e.killed !== null || e.negated || !e.place) continue;
    if (ARABIC_SCRIPT.test(e.evidence.text)) continue;
    const toll = events.find(
      (o) =>
        o.type === 'ASSAULT' &&
        o.killed !== null &&
        !o.negated &&
        !o.actor &&
        !lent.has(o) &&
        (tollSentence(o) === e.sentence || tollSentence(o) === e.sentence + 1) &&
        o.place?.country === e.place!.country,
    );
    if (!toll) continue;
    lent.add(toll);
    e.killed = toll.killed;
    e.injured ??= toll.injured;
  }
  return events;
}
