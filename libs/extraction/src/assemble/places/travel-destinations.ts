// Where people or aircraft were sent away to ("diverted incoming aircraft to Misrata", "left by helicopter for
// India", "flew the wounded to Ankara"): a journey's end away from the scene. The story's next happenings are still
// told from the scene the journey left, so such a place never becomes the setting a later sentence inherits; nor
// does the start of a journey to the scene ("students marched into the city from Belgrade").
// English only: Arabic wire copy places a sentence's happenings in the places it names more readily (not measured).
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { foldedSet } from '../../text/word-sets';

/** Verbs of leaving for somewhere else: flights, flight from danger, evacuations. */
const TRAVEL = foldedSet([
  'diverted',
  'rerouted',
  'redirected',
  'flew',
  'flown',
  'fled',
  'evacuated',
  'airlifted',
  'transferred',
  'left',
  'departed',
  'travelled',
  'traveled',
]);
/** The word heading the journey's end: "to Misrata", "for India". */
const JOURNEY_END = foldedSet(['to', 'for']);
/** Fillers between the heading word and the place: "to the city of Misrata". */
const FILLER = foldedSet(['the', 'city', 'town', 'of', 'capital', 'neighbouring', 'neighboring']);
/** How far before "to" the travel verb may stand: "flew eight of the most seriously wounded to Ankara". */
const TRAVEL_REACH = 8;

/** True when the place ends a journey told in its clause: "to"/"for" before it, a travel verb within reach before. */
export function isTravelDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  while (k >= lowest && k >= p.first - 4 && FILLER.has(tokens[k].norm)) k--;
  if (k < lowest || !JOURNEY_END.has(tokens[k].norm)) return false;
  for (let j = k - 1; j >= Math.max(lowest, k - TRAVEL_REACH); j--) if (TRAVEL.has(tokens[j].norm)) return true;
  return false;
}

/** Verbs of coming to the scene from elsewhere: marches, convoys, crowds. */
const ARRIVAL = foldedSet([
  'marched',
  'walked',
  'came',
  'arrived',
  'travelled',
  'traveled',
  'poured',
  'streamed',
  'converged',
  'drove',
  'rode',
  'cycled',
]);
/** How far before "from" the coming verb may stand: "marched into the city from Belgrade". */
const ARRIVAL_REACH = 6;

/** True when the place starts a journey to the scene: "from" before it, a verb of coming within reach before. */
export function isJourneyStart(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  while (k >= lowest && k >= p.first - 4 && FILLER.has(tokens[k].norm)) k--;
  if (k < lowest || tokens[k].norm !== 'from') return false;
  for (let j = k - 1; j >= Math.max(lowest, k - ARRIVAL_REACH); j--) if (ARRIVAL.has(tokens[j].norm)) return true;
  return false;
}
