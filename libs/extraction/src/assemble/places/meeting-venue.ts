// "Following the meeting, officials from the two countries signed seven memoranda": a deal
// signed at a meeting the article reports happened where the meeting did, between its parties. An
// agreement with no place of its own (or only a country) takes the venue of the article's one meeting in that
// country, and its actor when it names none; so do talks told again with no place or only a fallback country.
import { capitalOf } from '../../gazetteer/gazetteer-store';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { DraftEvent, PlaceLike, Span } from '../assemble.types';

const SIGNED_AT_MEETINGS = new Set(['AGREE']);
const FALLBACKS = new Set(['dateline fallback', 'country fallback', 'story country']);

export function lendMeetingVenue(events: DraftEvent[]): DraftEvent[] {
  const meetings = events.filter((e) => e.type === 'CONSULT' && !e.negated && e.place && e.place.kind !== 'country');
  if (meetings.length !== 1) return events;
  const [meeting] = meetings;
  for (const e of events) {
    if (e.negated || e === meeting) continue;
    const deal = SIGNED_AT_MEETINGS.has(e.type);
    // "وذكرت الوكالة أن الاجتماع بحث …": talks with no place of their own, or only a fallback country, are that
    // meeting told again.
    const retold = e.type === 'CONSULT' && (!e.place || FALLBACKS.has(e.trace.placeRule ?? ''));
    if (!deal && !retold) continue;
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

const LOCAL = new Set<PlaceLike['kind']>(['city', 'town', 'district']);

// "في + country" is left out: after talks it as often names their agenda ("بحث الوضع الأمني في تونس", "الجهود
// المبذولة في اليمن") as their venue. A journey's destination is where the visitor was received.
const TOWARD = new Set(['إلى', 'الى', 'to'].map(foldWord));
/** Journeys whose destination hosts the visitor: "زيارته إلى الكويت", "a visit to Qatar", "flew to Kuwait". */
const JOURNEY = new Set(
  [
    'زياره',
    'زيارته',
    'زيارتها',
    'زيارتهم',
    'جوله',
    'وصوله',
    'وصل',
    'وصلت',
    'visit',
    'trip',
    'flew',
    'travelled',
    'traveled',
  ].map(foldWord),
);

/** The country is where the meeting happened: the destination of a journey ("زيارته إلى الكويت", "a visit to Qatar"). */
function hostedIn(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  // A glued ب is left out: "وزير الخارجية بجمهورية مصر" names the minister's country, not a venue.
  const k = p.first - 1;
  if (k < lowest) return false;
  // "خلال زيارته كينيا": the journey noun takes the country as its object, without إلى.
  if (tokens[k].isArabic && tokens[k].stems.some((x) => JOURNEY.has(x))) return true;
  if (!TOWARD.has(tokens[k].norm)) return false;
  // The journey word may carry a time or a name between it and "to": "زيارته أمس إلى", "visit this week to".
  for (let j = k - 1; j >= Math.max(lowest, k - 3); j--) if (tokens[j].stems.some((x) => JOURNEY.has(x))) return true;
  return false;
}

/** Verbs of a host receiving a visitor: "استقبل أمير دولة قطر … الوزير", "the king received". */
const RECEIVE = new Set(
  ['استقبل', 'استقبلت', 'يستقبل', 'تستقبل', 'received', 'receives', 'hosted', 'hosts'].map(foldWord),
);

/** The trigger is a host receiving a visitor: the country it names is then the host's (the visit happened there). */
export function isReceiving(tokens: Token[], trigger: { first: number; end: number }): boolean {
  for (let k = trigger.first; k < trigger.end; k++) if (tokens[k].stems.some((x) => RECEIVE.has(x))) return true;
  return false;
}

/** "خلال زيارته إلى الكويت", "talks held in Qatar": meetings, talks and signings in a country are hosted by its
 * capital (a country's centre point lies far from any venue). Returns the capital, or null when the country is not
 * said to host it or the gazetteer knows no capital. */
export function hostCapital(
  tokens: Token[],
  p: Span<PlaceLike>,
  lowest: number,
  articlePlaces: Span<PlaceLike>[],
  receiving = false,
): Span<PlaceLike> | null {
  const cc = p.value.country;
  if (p.value.kind !== 'country' || !cc) return null;
  if (!receiving && !hostedIn(tokens, p, lowest)) return null;
  const capital = capitalOf(cc);
  if (!capital) return null;
  // An article that names another town of that country ("الصخيرات (المغرب)") may have held it there.
  const elsewhere = articlePlaces.some(
    (q) => q.value.country === cc && LOCAL.has(q.value.kind) && q.value.id !== capital.id,
  );
  return elsewhere ? null : { ...p, value: capital };
}
