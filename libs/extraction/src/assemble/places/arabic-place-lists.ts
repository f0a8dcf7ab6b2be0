// Arabic strike round-ups list several scenes after one verb ("استهدفت الغارات تجمعات في مديرية أ بمحافظة ب،
// ومواقع في منطقة ج بمحافظة د"): each member of the list is a strike of its own. A member opens with a conjunction
// on a place noun or preposition ("ومنطقة", "وفي", "وتجمعات"); the places after its first one only say where that
// first one lies ("بمحافظة", "التابعة لمحافظة", "شمال اليمن"). A route's ends ("الطريق بين أ وب") and a place
// of origin ("قادمة من أ") are no scenes.
import { foldWord, type Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';
import { distanceKm } from './distance-km';
import { isLocative } from '../locative';

/** A town's reach: members closer than this to another scene are that scene told twice (a quarter of a city). */
const NEAR_KM = 25;
/** How far back "بين" still makes a place one end of a route ("بين محافظتي أ وب", "بين محافظة أ ومديرية ب"). */
const ROUTE_REACH = 6;
/** How many words a member's conjunction may stand before its place ("، وتجمعات للمتمردين في محافظة أ"). */
const MEMBER_REACH = 10;
const BETWEEN = foldWord('بين');
const FROM = foldWord('من');
/** Words that a glued و turns into the start of a new member: a place noun or a preposition of place. */
const MEMBER_HEADS = new Set(
  [
    'في',
    'منطقة',
    'مناطق',
    'مديرية',
    'محافظة',
    'بلدة',
    'مدينة',
    'قرية',
    'قرى',
    'حي',
    'مخيم',
    'ناحية',
    'قضاء',
    'ريف',
    'اطراف',
    'محيط',
    'مواقع',
    'موقع',
    'تجمعات',
    'معسكر',
    'مثلث',
    'جبهة',
    'على',
    'قرب',
    'بلدات',
    'مدن',
    'ضواحي',
    'جبل',
    'مطار',
    'مقر',
    'مقرات',
    'مخازن',
    'نقاط',
    'ولاية',
  ].map(foldWord),
);
const KINDS = new Set<PlaceLike['kind']>(['admin1', 'city', 'town', 'district', 'region', 'frontline']);

/** A conjunction that opens a new list member: و glued to a place noun or preposition ("ومنطقة", "وفي"), or standing
 * before one ("، و «مثلث …»"). A bare name after و ("صنعاء والضالع") only lists names: a summary, not a scene. */
function opensMember(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t.norm === 'و') return MEMBER_HEADS.has(tokens[k + 1]?.norm ?? '');
  // "وبمديرية": the conjunction and a glued ب before the place noun.
  return (
    t.norm[0] === 'و' &&
    (MEMBER_HEADS.has(t.norm.slice(1)) || (/^وب/.test(t.norm) && MEMBER_HEADS.has(t.norm.slice(2))))
  );
}

/** A place opens a member when such a conjunction stands shortly before it, after the previous mention and with no
 * comma between ("ومواقع في منطقة أ", "وعلى قرية تسيطر عليها المعارضة في ريف أ"); past a comma, the words have
 * moved on to another clause ("وعلى حي في جنوبها، وكثفت القوات هجومها في محافظة أ"). */
function startsMember(text: string, tokens: Token[], from: number, p: Span<PlaceLike>): boolean {
  for (let k = p.first - 1; k >= Math.max(from, p.first - MEMBER_REACH); k--) {
    if (/[،,.:؛]/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? p.start))) return false;
    if (opensMember(tokens, k)) return true;
  }
  return false;
}

/** "الطريق الذي يربط بين محافظة أ والعاصمة ب": a place within a few words after بين, with no comma between. */
function routeEnd(text: string, tokens: Token[], p: Span<PlaceLike>): boolean {
  for (let k = p.first - 1; k >= Math.max(0, p.first - ROUTE_REACH); k--) {
    if (/[،,.]/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? p.start))) return false;
    if (tokens[k].norm === BETWEEN) return true;
  }
  return false;
}

/** Areas a من picks out of a place ("مناطق متفرقة من محافظة أ", "أجزاء من ريف أ"): a part, not an origin. */
const AREAS = new Set(['مناطق', 'اجزاء', 'احياء', 'قري', 'بلدات', 'مواقع', 'متفرقه', 'عده', 'مختلفه'].map(foldWord));

/** "قادمة من مدينة أ", "من أبناء أ": where people came from, not where the strike fell. */
function origin(tokens: Token[], p: Span<PlaceLike>): boolean {
  const prev = tokens[p.first - 1];
  const before = tokens[p.first - 2];
  const from =
    prev?.norm === FROM ? p.first - 1 : before?.norm === FROM && prev && MEMBER_HEADS.has(prev.norm) ? p.first - 2 : -1;
  return from >= 0 && !AREAS.has(tokens[from - 1]?.norm ?? '');
}

/** The first scene of every further member of the list after an Arabic strike verb: places of its clause after
 * the trigger, one per member, in the clause's country, apart from the place the draft has and from each other. */
export function arabicListedPlaces(
  article: ArticleContext,
  clause: { cFirst: number; cEnd: number },
  place: PlaceLike,
  trigger: { end: number },
): Span<PlaceLike>[] {
  const { text, tokens } = article;
  const after = article.places
    .filter((p) => p.first >= trigger.end && p.end <= clause.cEnd)
    .sort((a, b) => a.start - b.start);
  const scenes: PlaceLike[] = [place];
  const out: Span<PlaceLike>[] = [];
  // The trigger's own member names the place the draft already has; each later member opens with its conjunction.
  let from = trigger.end;
  for (const p of after) {
    // The first place of a member names it; later ones locate it (or, after بين, are a route's other end).
    const head = startsMember(text, tokens, from, p);
    from = p.end;
    if (!head || routeEnd(text, tokens, p) || origin(tokens, p)) continue;
    if (!isLocative(tokens, p.first, p.start)) continue;
    const q = p.value;
    if (!KINDS.has(q.kind) || q.country !== place.country) continue;
    if (scenes.some((s) => s.id === q.id || distanceKm(s, q) <= NEAR_KM)) continue;
    scenes.push(q);
    out.push(p);
  }
  return out;
}

/** The place a clause gave its strike is only named as a route's end there ("طريق إمداد بين محافظتي أ وب"): every
 * mention of it in the clause follows بين. */
export function onlyRouteEnd(article: ArticleContext, clause: { cFirst: number; cEnd: number }, id: string): boolean {
  const own = article.places.filter((p) => p.value.id === id && p.first >= clause.cFirst && p.end <= clause.cEnd);
  return own.length > 0 && own.every((p) => routeEnd(article.text, article.tokens, p));
}

/** "شنت عملية عسكرية على قرى أ ومنطقة جبال ب": one operation (a singular عملية or حملة) carried out across several
 * areas is one happening, unlike strikes (plural or verbal) told member by member. */
const ONE_OPERATION = /^و?(?:ب|ل)?(?:ال)?(?:عمليه|حمله)$/;
export const singleOperation = (tokens: Token[], trigger: { first: number }): boolean =>
  ONE_OPERATION.test(tokens[trigger.first]?.norm ?? '');
