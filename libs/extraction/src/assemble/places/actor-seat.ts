// "سيطرت قوات المقاومة الشعبية في محافظتي الضالع وعدن على «مثلث العند»", "قصفت القوات الحكومية في حلب بلدة صرين": a
// place joined by في right after the actor's name says where that force is based (its seat), not where it struck;
// when the clause names another place after it, that place is the scene. With no other place the seat stays, nor
// does a place that only contains the seat count as another ("نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا": the
// country after the town is no scene of its own).
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { inside } from './location-cues';
import type { TokenRange } from './own-stretch';

const IN = foldWord('في');
/** Unit nouns that may stand between في and the name: "في محافظتي الضالع وعدن", "في مدينة تعز". */
const UNIT = /^(?:محافظ|مدين|منطق|ولاي|اقليم|ريف|بلد|قري|مديري)/;
/** Places that may contain a seat: no scene of their own after it. */
const AREAS: ReadonlySet<PlaceLike['kind']> = new Set(['country', 'admin1', 'region']);
/** At most this many unit nouns between في and the name. */
const MAX_UNITS = 2;

/** The place's name follows "في" (and unit nouns) that follows the actor's name directly. */
function seatOf(tokens: Token[], p: Span<PlaceLike>, actor: TokenRange): boolean {
  if (tokens[actor.end]?.norm !== IN || p.first <= actor.end || p.first - actor.end - 1 > MAX_UNITS) return false;
  for (let k = actor.end + 1; k < p.first; k++) if (!tokens[k].isArabic || !UNIT.test(tokens[k].norm)) return false;
  return !!tokens[p.first]?.isArabic;
}

/** The Arabic clause pool without the actor's seat (and the places listed with it: "الضالع وعدن") when a place the
 * seat does not hold follows it. */
export function withoutActorSeat(
  pool: Span<PlaceLike>[],
  tokens: Token[],
  actor: TokenRange | undefined,
): Span<PlaceLike>[] {
  if (!actor) return pool;
  const sorted = [...pool].sort((a, b) => a.first - b.first);
  const at = sorted.findIndex((p) => seatOf(tokens, p, actor));
  if (at < 0) return pool;
  const seat = new Set([sorted[at]]);
  // "في محافظتي الضالع وعدن": the places listed right after the seat (joined by a glued و) are the seat too.
  for (let i = at + 1; i < sorted.length && sorted[i].first === sorted[i - 1].end; i++) {
    if (!/^و/.test(tokens[sorted[i].first].norm)) break;
    seat.add(sorted[i]);
  }
  const last = Math.max(...[...seat].map((p) => p.end));
  const rest = pool.filter((p) => !seat.has(p));
  const container = (p: Span<PlaceLike>) => AREAS.has(p.value.kind) && [...seat].every((q) => inside(q.value, p.value));
  return rest.some((p) => p.first >= last && !container(p)) ? rest : pool;
}
