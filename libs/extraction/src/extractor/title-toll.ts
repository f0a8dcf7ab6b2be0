// English wire copy often gives the toll in the headline only: "Nine killed as truck bomb hits market in Beledweyne"
// over a lead that tells the blast ("A truck packed with explosives blew up at a crowded market …") and then speaks of
// "the dead" and "dozens of wounded" without a figure. The headline's toll is then the lead attack's: it is lent to
// the body's first attack when that attack, told in the lead, has no figure of its own and no attack of the body
// already tells the same figure (then the headline restates it). Headlines that give several tolls lend none.
import { assembleEvents } from '../assemble/assemble-events';
import type { DraftEvent, Resources } from '../assemble/assemble.types';

/** The lead's sentences the headline sums up (a dateline or a one-line toll may open the body). */
const LEAD_SENTENCES = 2;

export interface TitleToll {
  killed: number;
  injured: number | null;
}

/** The one killed figure (with its injured figure, if one) that the English headline's attacks give, or null. */
export function readTitleToll(title: string | undefined, language: string, resources: Resources): TitleToll | null {
  if (language !== 'en' || !title?.trim()) return null;
  const told = assembleEvents({ text: title, language }, resources).filter(
    (d) => d.type === 'ASSAULT' && !d.negated && d.killed !== null,
  );
  const killed = new Set(told.map((d) => d.killed));
  if (killed.size !== 1) return null;
  const injured = new Set(told.map((d) => d.injured).filter((n) => n !== null));
  return { killed: told[0].killed!, injured: injured.size === 1 ? [...injured][0] : null };
}

/** Lends the headline's toll to the lead's first attack when the body gives that attack none. */
export function lendTitleToll(events: DraftEvent[], toll: TitleToll | null): void {
  if (!toll) return;
  const attacks = events.filter((d) => d.type === 'ASSAULT' && !d.negated);
  if (attacks.some((d) => d.killed === toll.killed)) return;
  const lead = attacks.reduce<DraftEvent | null>((a, d) => (!a || d.evidence.start < a.evidence.start ? d : a), null);
  if (!lead || lead.killed !== null || lead.sentence >= LEAD_SENTENCES) return;
  lead.killed = toll.killed;
  if (lead.injured === null) lead.injured = toll.injured;
  lead.trace.cues.push('title-toll');
}
