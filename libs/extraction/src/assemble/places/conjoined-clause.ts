// Arabic chains happenings with a comma and و: "اشتباكات عنيفة … شرق مدينة الرمادي، وقصف الجيش العراقي براجمات
// صواريخ أحياء في الفلوجة، وتم إيقاف المواطن …". A place on the far side of such a ", و<verb>" belongs to the happening
// told on that side; a trigger takes a place of its own stretch when it has one. A place fronted at the head of its
// stretch ("وفي حلب، قصفت الطائرات") is the setting of what follows and stays.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import type { TokenRange } from './own-stretch';

const COMMA = /[،,]/;
const FRONTING = new Set(['في', 'وفي', 'ففي'].map(foldWord));
/** و-words after a comma that go on with the same happening or list rather than open a new one: prepositions
 * ("، وفي إدلب"), "وذلك في …", pronouns of apposition, and nouns that merely start with و. */
const NOT_CLAUSE = new Set(
  [
    'وفي',
    'وعلى',
    'ومن',
    'والى',
    'وإلى',
    'وعن',
    'وقرب',
    'وبالقرب',
    'وذلك',
    'وهو',
    'وهي',
    'وهم',
    'وسط',
    'وفق',
    'وفقا',
    'وزير',
    'وزاره',
    'وكاله',
    'ولايه',
    'وادي',
    'وحده',
  ].map(foldWord),
);

/** The gap between token k-1 and token k holds a comma. */
const commaBefore = (text: string, tokens: Token[], k: number): boolean =>
  k > 0 && COMMA.test(text.slice(tokens[k - 1].end, tokens[k].start));

/** How far after the ", و" word the happening's trigger may start: "، وشن الطيران غارات", "، وتم إيقاف". */
const OPENER_REACH = 3;

/** Token k opens a conjoined clause of a happening: ", و<word>" (not a definite noun, a preposition or a listed
 * place) with a trigger (`triggers`) starting there or just after. */
function opensClause(
  text: string,
  tokens: Token[],
  k: number,
  places: Span<PlaceLike>[],
  triggers: TokenRange[],
): boolean {
  const t = tokens[k];
  if (!t?.isArabic || !commaBefore(text, tokens, k)) return false;
  if (!t.norm.startsWith('و') || t.norm.startsWith('وال') || t.norm.length < 3 || NOT_CLAUSE.has(t.norm)) return false;
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
