// "قتل قيادي بارز في تنظيم داعش و11 من معاونيه", "مقتل الوالي وثلاثة من مساعديه": a death word whose victim is one
// named person followed by "و N من <his aides>" counts the person and the aides (12, 4). Arabic copy names the
// leader first and his entourage after him, across the leader's title and organisation.
import type { NumberMention } from '../../numbers/read-numbers';
import type { Token } from '../../text/tokenize';

// The entourage, always with a possessive suffix (his / her / their): aides, assistants, escorts, guards, comrades,
// men, followers.
const ENTOURAGE = /^(?:مرافقي|معاوني|مساعدي|حراس|حراسي|رفاق|عناصر|اتباع|انصار)(?:ه|ها|هم)$/;

/** How far after the death word the entourage may stand (the leader's name, title and organisation between). */
const REACH = 10;

export interface Companions {
  /** The figure of the entourage. */
  figure: NumberMention;
  /** The toll: the leader and the entourage. */
  value: number;
}

/** A figure joined by و (its own token or the number word's prefix) that counts an entourage after the cue at k,
 * with no other figure or casualty word between. */
export function companionsAfter(
  tokens: Token[],
  numbers: NumberMention[],
  k: number,
  to: number,
  isCue: (j: number) => boolean,
): Companions | null {
  const stop = Math.min(to, k + REACH);
  for (const n of numbers) {
    if (n.first <= k + 1 || n.first >= stop) continue;
    const joined =
      tokens[n.first - 1]?.norm === 'و' || (!tokens[n.first].isNumber && tokens[n.first].norm.startsWith('و'));
    if (!joined || tokens[n.end]?.norm !== 'من' || !ENTOURAGE.test(tokens[n.end + 1]?.norm ?? '')) continue;
    for (let j = k + 1; j < n.first; j++) if (tokens[j].isNumber || isCue(j)) return null;
    if (numbers.some((m) => m !== n && m.first > k && m.first < n.first)) return null;
    return { figure: n, value: n.value + 1 };
  }
  return null;
}
