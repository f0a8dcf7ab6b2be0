// Arabic statements name their dead one by one, each by rank or trade ("استشهاد العريف أحمد جعفر المجيشي، والجندي
// أول محمد علي العمري، والجندي أول حسن ناصر بشيري"): after the first victim's head noun, every further head joined by
// "، و" across nothing but the previous victim's name is one more victim.
import { countInNoun } from '../../numbers/read-numbers';
import { foldWord, type Token } from '../../text/tokenize';

/** A name runs a few words ("أحمد جعفر حسن المجيشي"); a longer gap is no list. */
const NAME_REACH = 6;
// Words that end a name: a preposition or particle opens a phrase about the victim, not the next victim. (على is left
// out: folded, it is the name علي.)
const NOT_IN_NAME = new Set(
  ['في', 'من', 'عن', 'إلى', 'مع', 'بعد', 'قبل', 'خلال', 'اثر', 'إثر', 'جراء', 'أن', 'إن', 'الذي', 'التي'].map(foldWord),
);

/** A head noun joined by و that counts one person: "والجندي", "والشرطي". */
function joinedOne(t: Token): boolean {
  if (!t.isArabic || !t.norm.startsWith('وال')) return false;
  return countInNoun({ ...t, norm: t.norm.slice(3) }) === 1;
}

/** The further victims listed after the first victim's head noun at `head` (0 when there is no list). */
export function namedVictimsAfter(tokens: Token[], head: number, to: number): number {
  let more = 0;
  let last = head;
  for (let j = head + 1; j < to && j - last <= NAME_REACH; j++) {
    const t = tokens[j];
    if (t.isNumber || NOT_IN_NAME.has(t.norm)) break;
    // A comma (more than a space) before the joined head, and a name between it and the last head.
    if (joinedOne(t) && t.start - tokens[j - 1].end > 1 && j - last > 1) {
      more++;
      last = j;
    }
  }
  return more;
}
