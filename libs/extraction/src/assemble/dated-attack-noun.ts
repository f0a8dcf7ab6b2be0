// "India said it had targeted infrastructure used to plan the April attack in Pahalgam that killed 26 men": an English
// attack noun dated by a month, a year or "last year's" names an earlier happening the sentence recalls. The place
// after it ("in Pahalgam") and the toll of its relative clause ("that killed 26") are that happening's, not those of
// the trigger the sentence reports (scene-places.ts, read-counts.ts).
import type { Token } from '../text/tokenize';

const ATTACK_NOUNS = new Set(
  'attack attacks bombing bombings massacre assault raid raids shooting shootings strike strikes killings ambush invasion'.split(
    ' ',
  ),
);
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
const LINKS = new Set(['in', 'on', 'at', 'near', 'that', 'which']);
/** Words that may stand between the date and the noun: "the April 22 militant attack", "2008 Mumbai attacks". */
const GAP = 3;

/** A month, a year or "year's" (of "last year's") among the few words before the noun at `noun`. */
function dated(tokens: Token[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 1 - GAP); k--) {
    const t = tokens[k];
    if (t.isArabic) return false;
    if (MONTHS.has(t.norm) && t.surface !== 'May') return true;
    if (t.surface === 'May' && tokens[k + 1]?.isNumber) return true;
    if (/^(?:19|20)\d\d$/.test(t.norm)) return true;
    if (t.norm === 's' && /^(?:year|week|month)$/.test(tokens[k - 1]?.norm ?? '')) return true;
  }
  return false;
}

/** True when the token at `at` follows a link word ("in", "that") right after a dated attack noun. */
export function afterDatedAttack(tokens: Token[], at: number): boolean {
  const link = tokens[at - 1];
  if (!link || link.isArabic || !LINKS.has(link.norm)) return false;
  let noun = at - 2;
  // "the April attack in Pahalgam that killed 26": the relative clause may follow the noun's place.
  if (link.norm === 'that' || link.norm === 'which')
    while (noun > at - 6 && noun >= 0 && !ATTACK_NOUNS.has(tokens[noun].norm)) noun--;
  return noun >= 0 && ATTACK_NOUNS.has(tokens[noun].norm) && dated(tokens, noun);
}
