// String.prototype.matchAll without its copy of the expression: matchAll builds a new RegExp from the one it is given
// on every call (parsed and set up again: ~7,600 instructions), and the sentence splitter calls it once per sentence.

/** Every match of the global expression `re` in `s`, as `[...s.matchAll(re)]` gives them (an empty match moves on
 * by one character, or one code point under the u flag). `re` is read from lastIndex 0 and left at 0. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode);
  }
  re.lastIndex = 0;
  return out;
}

/** The spec's AdvanceStringIndex: past one unit, or past a surrogate pair under the u flag. */
function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
