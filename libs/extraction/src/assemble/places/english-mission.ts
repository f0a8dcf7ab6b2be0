// "rockets fired at the U.S. embassy in Baghdad", "police forced their way into the Mexican Embassy in Quito",
// "supporters rallied outside the French embassy in Niamey": an embassy that is itself where something happens
// puts the city it stands in on the scene. Only a mission named as the body that speaks ("the US embassy in
// Baghdad condemned") makes its city an attribute (location-cues.ts isDescriptor).
import type { Token } from '../../text/tokenize';

const MISSIONS = new Set(['embassy', 'consulate', 'embassies', 'consulates']);
/** Prepositions and verbs that make the mission a target or a site. */
const AT_SITE = new Set([
  'at',
  'on',
  'outside',
  'near',
  'inside',
  'into',
  'toward',
  'towards',
  'against',
  'stormed',
  'attacked',
  'targeted',
  'struck',
  'hit',
]);

/** True when the mission word at k is a site or target: a word of AT_SITE stands within four words before it. */
export function isMissionSite(tokens: Token[], k: number, lowest: number): boolean {
  if (!MISSIONS.has(tokens[k]?.norm ?? '')) return false;
  for (let j = k - 1; j >= Math.max(lowest, k - 4); j--) if (AT_SITE.has(tokens[j].norm)) return true;
  return false;
}
