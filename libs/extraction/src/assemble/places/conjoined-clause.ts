// Arabic chains happenings with a comma and و: "اشتباكات عنيفة … شرق مدينة الرمادي، وقصف الجيش العراقي براجمات
// صواريخ أحياء في الفلوجة، وتم إيقاف المواطن …". A place on the far side of such a ", و<verb>" belongs to the happening
// told on that side; a trigger takes a place of its own stretch when it has one. A place fronted at the head of its
// stretch ("وفي حلب، قصفت الطائرات") is the setting of what follows and stays.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import type { TokenRange } from './own-stretch';
import { commaBefore, conjoinedOpener, OPENER_REACH } from '../conjoined-opening';

const FRONTING = new Set(['في', 'وفي', 'ففي'].map(foldWord));

/** Token k opens a conjoined clause of a happening: ", و<word>" (not a definite noun, a preposition or a listed
 * place) with a trigger (`triggers`) starting there or just after. */
function opensClause(
  text: string,
  tokens: Token[],
  k: number,
  places: Span<PlaceLike>[],
  triggers: TokenRange[],
): boolean {
  if (!conjoinedOpener(text, tokens, k)) return false;
  if (places.some((q) => q.first === k)) return false;
  return triggers.some((r) => r.first >= k && r.first <= k + OPENER_REACH);
}

/** True when a ", و…" opening this trigger's clause stands between an earlier place and it (the place not fronted
 * at the head of its own stretch with في), or one opening another happening's clause (`rivals`) stands between it
 * and a later place. */
export function acrossConjoinedComma(
  text: string,
  tokens: Token[],
  p: Span<PlaceLike>,
  trigger: { first: number; end: number },
  lowest: number,
  places: Span<PlaceLike>[],
  rivals: TokenRange[],
): boolean {
  if (!tokens[trigger.first]?.isArabic) return false;
  if (p.first >= trigger.end) {
    for (let k = trigger.end; k <= p.first; k++) if (opensClause(text, tokens, k, places, rivals)) return true;
    return false;
  }
  if (p.end > trigger.first) return false;
  let boundary = false;
  const own = [trigger];
  for (let k = p.end; k <= trigger.first && !boundary; k++) boundary = opensClause(text, tokens, k, places, own);
  if (!boundary) return false;
  let head = p.first;
  while (head > lowest && !commaBefore(text, tokens, head)) head--;
  return !FRONTING.has(tokens[head].norm);
}
