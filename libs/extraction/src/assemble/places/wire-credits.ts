// English wire credits: "(Reporting by Laila Bassam in Beirut; Editing by Alex Richardson)", "Associated Press
// writer Samy Magdy in Cairo contributed to this report." They say where the desk's people work, not where anything
// happened: their places and actors are neither scenes nor parties (a trailing "in Beirut" would otherwise sharpen a
// lead's "southern Lebanon" to the city, and lend the article a place it never reports).
import { allMatches } from '../../text/all-matches';

/** A line (or a parenthesis opening one) of Reuters' reporting/writing/editing credits, and AP's "contributed"
 * line. Only at a line's start: "the attack, reported by state media," is the story. */
const CREDITS = [
  /(?<=^|\n)[ \t]*\(?(?:Additional reporting|Reporting|Writing|Editing|Compiled) by\b[^\n]*/g,
  /(?<=^|\n)[^\n.]{0,160}\bcontributed (?:to this report|reporting|to this story)[^\n]*/g,
];

/** Character spans [start, stop) of the text's wire credits, in text order. */
export function wireCredits(text: string): { start: number; stop: number }[] {
  const spans: { start: number; stop: number }[] = [];
  for (const re of CREDITS)
    for (const m of allMatches(re, text)) spans.push({ start: m.index ?? 0, stop: (m.index ?? 0) + m[0].length });
  return spans.sort((a, b) => a.start - b.start);
}
