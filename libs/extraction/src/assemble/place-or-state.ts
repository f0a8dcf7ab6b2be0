// A city or country whose name also stands for its state, read as a place as well (or instead): the city struck
// ("غارة على صنعاء", "attack on Kyiv"), the venue of a meeting or visit ("قمة الرياض", "visiting Kyiv"), the country
// whose possession was struck, the city owning a part ("Kabul's airport"), the place a police force is named by; and
// the idiom "مسقط رأسه" that is no place at all.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { ActorLike, PlaceLike, Span } from './assemble.types';
import { EN_ATTACK_VERBS } from '../text/attack-verbs';

// Strikes whose object after على is where they fell: "غارة للتحالف على صنعاء", "قصف صاروخي على دمشق".
const STRIKES = new Set(['غاره', 'غارات', 'قصف', 'هجوم', 'هجمات', 'ضربه', 'ضربات', 'صاروخ', 'صواريخ', 'قذايف']);
const STRIKE_REACH = 4;

/** "غارة للتحالف على صنعاء": a capital after على, within a few words of a strike noun, is the city struck (a place)
 * as well as its state (the target); "العقوبات على طهران" stays the state alone. */
export function cityAttacked(tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
  if (p.value.kind !== 'city' || actor.value.kind !== 'state') return false;
  if (!tokens[p.first].isArabic) return englishCityAttacked(tokens, p);
  if (tokens[p.first - 1]?.norm !== 'علي') return false;
  for (let k = p.first - 2; k >= Math.max(0, p.first - 1 - STRIKE_REACH); k--)
    if (tokens[k].stems.some((s) => STRIKES.has(s))) return true;
  return false;
}

// Meeting nouns whose city in idafa is where the meeting sat: "لقاء الدوحة", "اجتماع فيينا", "قمة الرياض".
const MEETINGS = new Set(['لقاء', 'اجتماع', 'اجتماعات', 'قمة', 'مؤتمر', 'محادثات', 'مفاوضات', 'مشاورات'].map(foldWord));

/** Arabic visit nouns with their owner glued on: "زيارته كينيا", "زيارتها الرياض". */
const VISITS = new Set(['زيارة', 'زيارته', 'زيارتها', 'زيارتهم', 'زيارتهما'].map(foldWord));
/** Arabic visit verbs, read through their stems: "زار الرئيس", "الذي يزور القاهرة حاليا". */
const VISIT_VERBS = new Set(['زار', 'زارت', 'زاروا', 'يزور', 'تزور', 'يزورون'].map(foldWord));

/** "إن لقاء الدوحة بحث الدفاع الصاروخي", "قمة الرياض": a capital in idafa after a meeting noun, or the object of a
 * visit noun or verb, is the venue (a place) as well as its state; "سفير الدوحة" or "موقف الرياض" stay the state
 * alone. */
export function meetingVenue(tokens: Token[], p: Span<PlaceLike>): boolean {
  if (!tokens[p.first].isArabic) return false;
  const prev = tokens[p.first - 1];
  if (!prev?.isArabic) return false;
  // "خلال زيارته كينيا": the country or city a visit noun takes as its object is where the visitor is.
  if (VISITS.has(prev.norm)) return true;
  // "وزير الدفاع الفرنسي، الذي يزور القاهرة حاليا": the city a visit verb takes as its object is visited, as a
  // place, not the state acting.
  if (prev.stems.some((s) => VISIT_VERBS.has(s))) return true;
  return p.value.kind === 'city' && prev.stems.some((s) => MEETINGS.has(s));
}

// English verbs of visiting whose object is the city visited: "Pistorius, visiting Kyiv on the same day, met …".
const VISITING = new Set(['visiting', 'visited', 'visits', 'toured', 'touring']);
// English attack nouns whose object after "on"/"against" is the city struck: "a drone and missile attack on Kyiv".
const EN_STRIKES = new Set(
  'attack attacks strike strikes airstrike airstrikes assault offensive bombardment barrage shelling raid raids'.split(
    ' ',
  ),
);

/** "Russia launched a massive drone and missile attack on Kyiv", "Russian missiles struck Kyiv", "visiting Kyiv": a
 * capital after an attack noun and "on"/"against", or right after an attack or visit verb, is the city struck or
 * visited as well as its state. */
function englishCityAttacked(tokens: Token[], p: Span<PlaceLike>): boolean {
  // "the attack on Tehran's allies": the capital owns what was struck; it stays the state.
  if (tokens[p.end]?.norm === 's') return false;
  const prev = tokens[p.first - 1]?.norm ?? '';
  if (STRUCK.has(prev) || VISITING.has(prev)) return true;
  if (prev !== 'on' && prev !== 'against') return false;
  for (let k = p.first - 2; k >= Math.max(0, p.first - 1 - STRIKE_REACH); k--)
    if (EN_STRIKES.has(tokens[k].norm)) return true;
  return false;
}

// English attack verbs whose possessive object names the country struck: "pounded Ukraine's energy grid".
const STRUCK = new Set(EN_ATTACK_VERBS);

/** "Russian missiles pounded Ukraine's energy infrastructure": a country whose possession an attack verb takes as its
 * object is where the attack fell (a place) as well as its state (the target). */
export function countryStruck(text: string, tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
  if (p.value.kind !== 'country' || actor.value.kind !== 'state' || !STRUCK.has(tokens[p.first - 1]?.norm ?? ''))
    return false;
  return tokens[p.end]?.norm === 's' && /^['’]s$/.test(text.slice(tokens[p.end - 1].end, tokens[p.end].end));
}

// Places inside a city that English names by the city's possessive: "Mexico City's main Zócalo plaza".
const CITY_PARTS = new Set(
  'plaza square squares streets street airport port harbour harbor centre center suburbs suburb outskirts district districts neighbourhood neighborhood neighbourhoods neighborhoods downtown old city university market'.split(
    ' ',
  ),
);

/** "occupied Mexico City's main Zócalo plaza", "Kabul's international airport": a city whose possession is a part
 * of the city (within three words) is a place, whatever state its name also stands for. */
export function ownsPlace(text: string, tokens: Token[], p: Span<PlaceLike>): boolean {
  if (p.value.kind !== 'city' || tokens[p.first].isArabic || tokens[p.end]?.norm !== 's') return false;
  if (!/^['’]s$/.test(text.slice(tokens[p.end - 1].end, tokens[p.end].end))) return false;
  for (let k = p.end + 1; k < Math.min(tokens.length, p.end + 4); k++) if (CITY_PARTS.has(tokens[k].norm)) return true;
  return false;
}

const POLICE = new Set(['شرطه', 'police'].map(foldWord));

/** "شرطة منطقة الرياض", "بشرطة محافظة الطائف", "Riyadh police": a police force named by its city or region polices
 * there, so the place inside its name is also where its arrests happen (the actor keeps the whole name). */
export function policedPlace(tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
  for (let k = actor.first; k < actor.end; k++) if (isPoliceWord(tokens[k])) return true;
  return false;
}

export const isPoliceWord = (t: Token | undefined): boolean =>
  !!t && (POLICE.has(t.norm) || t.stems.some((s) => POLICE.has(s)));

/** "مسقط رأسه" is "his birthplace", not Muscat: the city's name followed by رأس is the idiom. */
export function isBirthplaceIdiom(tokens: Token[], p: Span<PlaceLike>): boolean {
  return p.end - p.first === 1 && /مسقط$/.test(tokens[p.first].norm) && /^راس/.test(tokens[p.end]?.norm ?? '');
}
