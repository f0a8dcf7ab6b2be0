// "قتل القيادي مع ثلاثة آخرين", "قتل مع مسلحين اثنين آخرين", "was killed along with two others", "killed with three
// of his guards": a figure joined by مع / with and followed by آخرين / others (or by "of his …", "من مرافقيه") counts
// those killed beside someone the clause names without a figure (the leader, the bomber, "a commander"), so the
// toll is the figure and one.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';
import type { Companions } from './count-companions';

const WITH = new Set(['مع', 'with']);
const OTHERS = /^(?:اخرين|اخرون|اخريات|اخري|others|other)$/;
// "of his guards", "من مرافقيه": the figure's own people, with a possessive.
const THEIR = /^(?:his|her|their)$/;
const OWN = /^[^و].*(?:ه|ها|هم)$/;
const entourage = (tokens: Token[], j: number) =>
  (tokens[j]?.norm === 'of' && THEIR.test(tokens[j + 1]?.norm ?? '')) ||
  (tokens[j]?.norm === 'من' && OWN.test(tokens[j + 1]?.norm ?? ''));

/** How far after the death word the others may stand (the victim's name and title, a date between). */
const REACH = 10;
/** How many words before the cue a figure of the clause's own would stand ("5 soldiers were killed along with"). */
const LEAD = 8;

/** The figure at n counts "N others" joined by مع / with. */
function countsOthers(tokens: Token[], n: NumberMention): boolean {
  // "مع مسلحين اثنين آخرين": one noun may stand between مع and an Arabic figure, as between the figure and آخرين.
  const joined =
    WITH.has(tokens[n.first - 1]?.norm ?? '') ||
    (tokens[n.first].isArabic && !tokens[n.first - 1]?.isNumber && WITH.has(tokens[n.first - 2]?.norm ?? ''));
  return (
    joined &&
    (OTHERS.test(tokens[n.end]?.norm ?? '') || OTHERS.test(tokens[n.end + 1]?.norm ?? '') || entourage(tokens, n.end))
  );
}

/** "N others" after the death word at k, with no other figure from the cue's lead on and no other casualty word
 * between: the figure and the one it stood beside. */
export function othersAfter(
  tokens: Token[],
  numbers: NumberMention[],
  k: number,
  to: number,
  isCue: (j: number) => boolean,
): Companions | null {
  const n = numbers.find((m) => m.first > k && m.first < Math.min(to, k + REACH) && countsOthers(tokens, m));
  if (!n) return null;
  if (numbers.some((m) => m !== n && m.end > k - LEAD && m.first < n.first)) return null;
  for (let j = k + 1; j < n.first; j++) if (isCue(j)) return null;
  return { figure: n, value: n.value + 1 };
}
