// "The gang coalition, which controls most of the capital, claimed the raid": an English place inside a relative
// clause set off by commas between the subject and its verb describes the subject (what it holds, where it is
// based), not the scene of the act the verb reports. Read by scene-places.ts.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';

const RELATIVE = new Set(['which', 'who', 'whose']);
/** Words from the relative pronoun to the place: "which controls most of the". */
const REACH = 8;

/** The place lies in a ", which … ," clause that closes before the trigger. */
export function isSubjectRelativePlace(
  text: string,
  tokens: Token[],
  p: Span<PlaceLike>,
  lowest: number,
  triggerFirst: number,
): boolean {
  if (tokens[p.first]?.isArabic || triggerFirst <= p.end) return false;
  let opens = -1;
  for (let k = p.first - 1; k >= Math.max(lowest, p.first - REACH); k--) {
    if (k < p.first - 1 && text.slice(tokens[k].end, tokens[k + 1].start).includes(',')) return false;
    if (RELATIVE.has(tokens[k].norm)) {
      opens = k;
      break;
    }
  }
  if (opens <= lowest || !/,\s*$/.test(text.slice(tokens[opens - 1].end, tokens[opens].start))) return false;
  // The clause closes with a comma after the place and before the trigger.
  for (let k = p.end - 1; k < triggerFirst; k++)
    if (text.slice(tokens[k].end, tokens[k + 1].start).includes(',')) return true;
  return false;
}
