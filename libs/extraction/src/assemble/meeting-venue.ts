// "Following the meeting, officials from the two countries signed seven memoranda": a deal
// signed at a meeting the article reports happened where the meeting did, between its parties. An
// agreement with no place of its own (or only a country) takes the venue of the article's one meeting in that
// country, and its actor when it names none.
import type { DraftEvent } from './assemble.types';

const SIGNED_AT_MEETINGS = new Set(['AGREE']);

export function lendMeetingVenue(events: DraftEvent[]): DraftEvent[] {
  const meetings = events.filter((e) => e.type === 'CONSULT' && !e.negated && e.place && e.place.kind !== 'country');
  if (meetings.length !== 1) return events;
  const [meeting] = meetings;
  for (const e of events) {
    if (!SIGNED_AT_MEETINGS.has(e.type) || e.negated) continue;
    const unplaced = !e.place || (e.place.kind === 'country' && e.place.country === meeting.place!.country);
    if (!unplaced) continue;
    e.place = meeting.place;
    e.trace.placeRule = 'venue of the meeting';
    if (!e.actor && meeting.actor) {
      e.actor = meeting.actor;
      e.actorSurface = meeting.actorSurface;
      e.trace.actorRule = 'party to the meeting';
    }
  }
  return events;
}
