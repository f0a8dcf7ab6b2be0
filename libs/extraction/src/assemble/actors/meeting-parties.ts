// "The two sides agreed to …", "officials from both countries signed …", "the two ministers called on …": a
// subject that names the parties of the article's meeting only as a pair is done by those parties, which the
// meeting names as persons or states. The act is lent the state of the meeting's doer (a deal of two
// countries is the countries', not the host's alone).
import type { ActorLike, DraftEvent, Resources } from '../assemble.types';

/** "the two sides", "both countries", "officials from the two countries" … right before the verb (with its
 * auxiliaries and adverbs: "the two sides had agreed", "both countries also signed"). */
const PAIR_SUBJECT =
  /\b(?:(?:officials|ministers|representatives|delegates|delegations)\s+(?:from|of)\s+)?(?:the\s+two|both)\s+(?:sides|countries|nations|leaders|ministers|delegations|governments|states)\s+(?:(?:had|have|has|also|then|later|jointly|formally|would|will)\s+)*$/i;

/** The trigger's subject is a pair phrase standing for the meeting's parties. */
export function hasPairSubject(e: DraftEvent): boolean {
  const before = e.evidence.text.slice(0, Math.max(0, e.trigger.start - e.evidence.start));
  return PAIR_SUBJECT.test(before);
}

/** The meeting the pair phrase refers back to: the nearest one told before it (or in its sentence), else the
 * article's first. */
function meetingOf(e: DraftEvent, meetings: DraftEvent[]): DraftEvent | null {
  const before = meetings.filter((m) => m.sentence <= e.sentence);
  return before.length ? before[before.length - 1] : (meetings[0] ?? null);
}

/** The country of the meeting's doer, else of the first party its sentence names before the verb ("Egypt's
 * Foreign Minister … and Qatar's Prime Minister … held talks"). */
function partyCountry(meeting: DraftEvent, findActors: Resources['findActors']): string | null {
  if (meeting.actor?.country) return meeting.actor.country;
  const lead = meeting.evidence.text.slice(0, Math.max(0, meeting.trigger.start - meeting.evidence.start));
  return findActors(lead, { language: 'en' }).find((m) => m.actor.country)?.actor.country ?? null;
}

/** Lends pair subjects the state of the meeting's first party; `stateOf` maps a country code to its state actor. */
export function lendMeetingParties(
  events: DraftEvent[],
  findActors: Resources['findActors'],
  stateOf: (cc: string) => ActorLike | null,
): DraftEvent[] {
  const meetings = events.filter((m) => m.type === 'CONSULT' && !m.negated).sort((a, b) => a.sentence - b.sentence);
  if (!meetings.length) return events;
  for (const e of events) {
    if (e.type === 'CONSULT' || !hasPairSubject(e)) continue;
    const meeting = meetingOf(e, meetings);
    const cc = meeting && partyCountry(meeting, findActors);
    const state = cc ? stateOf(cc) : null;
    if (!state) continue;
    e.actor = state;
    e.actorSurface = null;
    e.trace.actorRule = 'the two parties to the meeting';
  }
  return events;
}
