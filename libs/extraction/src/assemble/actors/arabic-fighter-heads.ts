// "هجوم شنه مسلحو الحوثي", "من قبل مقاتلي داعش", "من جانب عناصر التنظيم": a noun of fighters in idafa before a group
// names the group's men; the group is the doer wherever the men are. Agent markers (من قبل, من جانب, a relative
// verb of carrying out) reach the group past this one noun.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

const FIGHTER_HEADS = foldedSet(['مسلحو', 'مسلحي', 'مقاتلو', 'مقاتلي', 'عناصر', 'عنصر', 'ميليشيات', 'مليشيات']);

/** The token is a construct noun of fighters that a group's name follows ("مسلحو الحوثي"). */
export function fighterHead(t: Token | undefined): boolean {
  return !!t?.isArabic && FIGHTER_HEADS.has(t.norm);
}

/** "من قبل", "من جانب": an Arabic agent marker ending at token k (the marker noun itself). */
export function arabicAgentMarkerAt(tokens: Token[], k: number, markers: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!t) return false;
  // "إلى جانب القوات" is "alongside"; only "من جانب" is "on the part of".
  if (t.norm === 'جانب') return tokens[k - 1]?.norm === 'من';
  return markers.has(t.norm);
}
