// "The Kenya Human Rights Commission said on Wednesday that 13 people had been killed": a day named right after a
// verb of saying dates the statement, not the happening it reports. Two tolls of one happening told on different
// days ("police opened fire on Tuesday, killing five" / "the commission said on Wednesday that 13 had been killed")
// are then no two happenings (merge-events.ts datesApart).
import type { Token } from '../text/tokenize';

const SAYING = new Set([
  'said',
  'says',
  'told',
  'reported',
  'announced',
  'confirmed',
  'added',
  'stated',
  'statement',
  'reporters',
]);
/** Words between the verb of saying and "on": "said late on", "told Reuters on", "said in a statement on". */
const BETWEEN = new Set(['late', 'early', 'in', 'a', 'its', 'their', 'his', 'her']);
const REACH = 4;

/** The date word at i (after "on") dates a statement: a verb of saying stands just before its "on". */
export function datesStatement(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.norm !== 'on' || tokens[i].isArabic) return false;
  for (let j = i - 2; j >= Math.max(0, i - 2 - REACH); j--) {
    const w = tokens[j].norm;
    if (SAYING.has(w)) return true;
    // "told Reuters on": one capitalised name (the one told) may stand between.
    if (!BETWEEN.has(w) && !(j === i - 2 && /^[A-Z]/.test(tokens[j].surface))) return false;
  }
  return false;
}
