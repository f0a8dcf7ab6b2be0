// English wire datelines open on the filing city in capitals ("KYIV, Ukraine (Reuters) -", "DOHA/KINSHASA, July 19
// -", "GAZA (AP) —"). A short all-caps word is otherwise an acronym (UN, ICRC), so the matcher asks here whether
// such a word is the dateline's city: read by match-places.ts.
import type { Token } from './tokenize';

/** What follows a dateline city: a comma (country or date), a "/" (a second city), the agency's bracket, a dash,
 * a colon ("RIYADH: ") or the end of its own line. */
const DATELINE_TAIL = /^[ \t]*(?:,|\/|\(|—|–|-|:|\n)/;
/** Before the city only other upper-case dateline cities joined by "/" ("ERBIL/BAGHDAD"). */
const DATELINE_LEAD = /^\s*(?:[A-Z][A-Z .'’-]*\/)*$/;

/** The name of tokens [index, index + count) is written in capitals at the very opening of the text, as a wire
 * dateline's city: "LIMA (Reuters) -", "ERBIL/BAGHDAD, Sept 27". */
export function isDatelineCity(text: string, tokens: Token[], index: number, count: number): boolean {
  for (let j = index; j < index + count; j++) if (!tokens[j].upper) return false;
  if (!DATELINE_LEAD.test(text.slice(0, tokens[index].start))) return false;
  return DATELINE_TAIL.test(text.slice(tokens[index + count - 1].end, tokens[index + count - 1].end + 4));
}
