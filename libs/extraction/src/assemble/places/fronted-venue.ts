// "In Brussels, the European Union announced 20 million euros in aid for people displaced in Cabo Delgado": a
// locative fronted before a donor's announcement says where the donor spoke; aid and deployments happen where they
// go, so for them that opening place yields to a place the sentence names after the trigger. A fronted place of the
// movement itself stays ("In Port-au-Prince, 400 soldiers landed to reinforce the mission in Haiti").
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const OPENERS = new Set(['in', 'at']);
/** Verbs of making known a decision: the movement is only announced in the sentence. */
const ANNOUNCING = new Set(
  'announce announces announced announcing pledge pledges pledged pledging promise promises promised unveil unveils unveiled approve approves approved'.split(
    ' ',
  ),
);

/** The place opens its sentence as "In X," (or "At X,") before an announcement that the trigger ends. */
export function isFrontedVenue(
  text: string,
  tokens: Token[],
  p: Span<PlaceLike>,
  lowest: number,
  triggerEnd: number,
): boolean {
  if (p.first - 1 !== lowest || p.end >= triggerEnd || tokens[p.first]?.isArabic) return false;
  if (!OPENERS.has(tokens[lowest].norm)) return false;
  const next = tokens[p.end];
  if (!next || !/^\s*,/.test(text.slice(tokens[p.end - 1].end, next.start))) return false;
  for (let k = p.end; k < triggerEnd; k++) if (ANNOUNCING.has(tokens[k].norm)) return true;
  return false;
}
