// Maps character-offset mentions onto token indices, and sorts out places that are really actors (طهران دفعت)
// from actors that are really places (في سوريا): a preposition in front decides.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import { foldedSet, hasWord } from '../text/word-sets';
import type { ActorLike, ActorMentionLike, PlaceLike, PlaceMentionLike, Span } from './assemble.types';
import { AR_COMPASS_WORDS, EN_COMPASS_WORDS } from '../text/compass-words';
import { EN_ATTACK_VERBS } from '../text/attack-verbs';

const LOCATIVE = new Set(
  [
    'في',
    'الي',
    'نحو',
    'قرب',
    'داخل',
    ...AR_COMPASS_WORDS,
    'مدينه',
    'بلده',
    'قريه',
    'محافظه',
    'ولايه',
    'منطقه',
    'حي',
    'مخيم',
    'ريف',
    'من',
    'عبر',
    'ضواحي',
    'اطراف',
    'محيط',
    'العاصمه',
    'عاصمه',
    'in',
    'at',
    'near',
    'to',
    'into',
    'across',
    // "marched through Beirut": a route is where the march happened, not the government it names.
    'through',
    'throughout',
    'outside',
    'from',
    'inside',
    'around',
    'city',
    'town',
    'village',
    'province',
    'capital',
  ].map(foldWord),
);

/** English position words between a preposition and a name: "in central Tripoli", "in the occupied West Bank". */
const EN_POSITION = new Set(
  [
    'central',
    'northern',
    'southern',
    'eastern',
    'western',
    'northeastern',
    'northwestern',
    'southeastern',
    'southwestern',
    'north',
    'south',
    'east',
    'west',
    'downtown',
    'rural',
    'occupied',
    'neighbouring',
    'neighboring',
    'the',
  ].map(foldWord),
);
/** English heads of "of" that place what follows: "south of Damascus", "the outskirts of Khiam", "the city of X". */
const EN_OF_HEADS = new Set(
  [
    ...EN_COMPASS_WORDS,
    'outskirts',
    'suburbs',
    'suburb',
    'centre',
    'center',
    'heart',
    'edge',
    'parts',
    'countryside',
    'city',
    'town',
    'village',
    'province',
    'region',
    'governorate',
    'district',
    'capital',
    'port',
    // "took to the streets of Caracas": the city whose streets are marched through is the scene, not its government.
    'streets',
  ].map(foldWord),
);

const CAPITAL = new Set(['العاصمه', 'بالعاصمه', 'للعاصمه', 'والعاصمه', 'عاصمه'].map(foldWord));

/** Index of the first token starting at or after `offset` (binary search; tokens are sorted). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toSpan<T>(tokens: Token[], start: number, end: number, surface: string, value: T): Span<T> | null {
  const first = tokenAt(tokens, start);
  let last = tokenAt(tokens, end);
  if (last < tokens.length && tokens[last].start < end) last++;
  if (last <= first) return null;
  return { first, end: last, start, stop: end, surface, value };
}

/** English verbs of serving or standing for a side: the country after their "for" is the side, not a place. */
const SERVING = /^(?:spying|spied|spy|working|worked|fighting|fought|campaigning|voting|voted|collaborating|lobbying)$/;

/** Nouns that name a settlement or district before its name ("منطقة الزيارة", "مديرية حيس"). */
export const AR_SETTLEMENT_NOUNS = foldedSet([
  'منطقة',
  'بلدة',
  'قرية',
  'مدينة',
  'حي',
  'ناحية',
  'مديرية',
  'قضاء',
  'مخيم',
]);
/** Place nouns that keep their locative reading behind a glued و, ف or ب: settlements, provinces, countryside. */
// "مواقع للحوثيين بالعاصمة صنعاء": the capital noun with a glued ب or و is a place noun too (bare العاصمة is in
// LOCATIVE), so the capital after it is the scene, not the government it would otherwise name.
const PLACE_NOUNS = new Set([...AR_SETTLEMENT_NOUNS, ...foldedSet(['محافظة', 'ولاية', 'ريف', 'العاصمة', 'عاصمة'])]);

/** True when a preposition or place noun precedes the span (or is glued on as ب/في): "في سوريا", "بحلب". */
export function isLocative(tokens: Token[], first: number, start: number): boolean {
  const prev = tokens[first - 1];
  if (prev && LOCATIVE.has(prev.norm)) return true;
  // "بمحافظة عمران", "ومديرية حيس": a place noun with a glued preposition or conjunction.
  if (prev?.isArabic && /^[وفب]/.test(prev.norm) && hasWord(prev, PLACE_NOUNS)) return true;
  // "aid for Ukraine", "a deposit for Pakistan": the country a thing is for is where it goes.
  // Not after a verb of serving: "convicted of spying for Israel", "working for Russia".
  if (
    prev?.norm === 'for' &&
    tokens[first - 2]?.norm !== 'responsibility' &&
    !SERVING.test(tokens[first - 2]?.norm ?? '')
  )
    return true;
  if (prev && !prev.isArabic) {
    // "in central Tripoli", "in the occupied West Bank", "south of Damascus", "the outskirts of Khiam".
    let k = first - 1;
    while (k >= first - 2 && k >= 0 && EN_POSITION.has(tokens[k].norm)) k--;
    if (k < first - 1 && k >= 0 && LOCATIVE.has(tokens[k].norm)) return true;
    if (prev.norm === 'of' && EN_OF_HEADS.has(tokens[first - 2]?.norm ?? '')) return true;
  }
  // "العاصمة الإيرانية طهران", "the Iranian capital Tehran": an adjective between the capital word and the name.
  if (prev && CAPITAL.has(tokens[first - 2]?.norm ?? '') && /(?:يه|ي|an|i|ese)$/.test(prev.norm)) return true;
  // A preposition glued to the name (بحلب, وفي) shows as a clitic before the mention start inside its token.
  const own = tokens[first];
  // لليمن: ل + the article's ل (ال loses its alif after ل).
  return !!own && own.start < start && /^[وف]?(?:[بل]|لل)$/.test(own.norm.slice(0, start - own.start));
}

// Strikes whose object after على is where they fell: "غارة للتحالف على صنعاء", "قصف صاروخي على دمشق".
const STRIKES = new Set(['غاره', 'غارات', 'قصف', 'هجوم', 'هجمات', 'ضربه', 'ضربات', 'صاروخ', 'صواريخ', 'قذايف']);
const STRIKE_REACH = 4;

/** "غارة للتحالف على صنعاء": a capital after على, within a few words of a strike noun, is the city struck (a place)
 * as well as its state (the target); "العقوبات على طهران" stays the state alone. */
function cityAttacked(tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
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
function meetingVenue(tokens: Token[], p: Span<PlaceLike>): boolean {
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
function countryStruck(text: string, tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
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
function ownsPlace(text: string, tokens: Token[], p: Span<PlaceLike>): boolean {
  if (p.value.kind !== 'city' || tokens[p.first].isArabic || tokens[p.end]?.norm !== 's') return false;
  if (!/^['’]s$/.test(text.slice(tokens[p.end - 1].end, tokens[p.end].end))) return false;
  for (let k = p.end + 1; k < Math.min(tokens.length, p.end + 4); k++) if (CITY_PARTS.has(tokens[k].norm)) return true;
  return false;
}

/** Ids of a state's composed government or police (institution-actor.ts). */
const STATE_BODY = /^(?:gov|police):/;
const FI = foldWord('في');

const POLICE = new Set(['شرطه', 'police'].map(foldWord));

/** "شرطة منطقة الرياض", "بشرطة محافظة الطائف", "Riyadh police": a police force named by its city or region polices
 * there, so the place inside its name is also where its arrests happen (the actor keeps the whole name). */
function policedPlace(tokens: Token[], p: Span<PlaceLike>, actor: Span<ActorLike>): boolean {
  for (let k = actor.first; k < actor.end; k++) if (isPoliceWord(tokens[k])) return true;
  return false;
}

const isPoliceWord = (t: Token | undefined): boolean =>
  !!t && (POLICE.has(t.norm) || t.stems.some((s) => POLICE.has(s)));

/** "مسقط رأسه" is "his birthplace", not Muscat: the city's name followed by رأس is the idiom. */
function isBirthplaceIdiom(tokens: Token[], p: Span<PlaceLike>): boolean {
  return p.end - p.first === 1 && /مسقط$/.test(tokens[p.first].norm) && /^راس/.test(tokens[p.end]?.norm ?? '');
}

/** "BAGHDAD (Reuters) -", "TEHRAN:": a dateline city that also names its government is still where the story is
 * filed from; mapMentions returns it apart from the places (it is no mention of the body) when it is the dateline's
 * only city: of two bureaus ("TEHRAN/BAGHDAD") neither is the story's, unless the body names it again as a place. */
const metonyms = new WeakSet<Span<PlaceLike>>();

/** A dateline city that also names its government ("BAGHDAD"), kept by mapMentions as a dateline only. */
export function isMetonymDateline(p: Span<PlaceLike>): boolean {
  return metonyms.has(p);
}

function soleDatelineCity(p: Span<PlaceLike>, places: Span<PlaceLike>[], datelineEnd: number): boolean {
  return !places.some((o) => o !== p && o.stop <= datelineEnd && o.value.kind !== 'country');
}

export function mapMentions(
  tokens: Token[],
  placeMentions: PlaceMentionLike[],
  actorMentions: ActorMentionLike[],
  datelineEnd = 0,
  text = '',
): {
  places: Span<PlaceLike>[];
  actors: Span<ActorLike>[];
  datelineCities: Span<PlaceLike>[];
  /** Every place mention, also those read as an actor or idiom (brief datelines name a city either way). */
  rawPlaces: Span<PlaceLike>[];
} {
  const rawPlaces = placeMentions
    .map((m) => toSpan(tokens, m.start, m.end, m.surface, m.place))
    .filter((s): s is Span<PlaceLike> => !!s);
  const rawActors = actorMentions
    .map((m) => toSpan(tokens, m.start, m.end, m.surface, m.actor))
    .filter((s): s is Span<ActorLike> => !!s);
  const overlaps = (a: { start: number; stop: number }, b: { start: number; stop: number }) =>
    a.start < b.stop && b.start < a.stop;
  const places = rawPlaces.filter((p) => {
    if (isBirthplaceIdiom(tokens, p)) return false;
    const actor = rawActors.find((a) => overlaps(a, p));
    // A place inside a longer actor name ("وزارة الدفاع الروسية" has no place; "قوات سوريا الديمقراطية" does) is part of the actor.
    // "وزارة الداخلية في البحرين": a state's institution placed with في still names where it acts.
    if (actor && actor.stop - actor.start > p.stop - p.start)
      return policedPlace(tokens, p, actor) || (tokens[p.first - 1]?.norm === FI && STATE_BODY.test(actor.value.id));
    // "شرطة منطقة الرياض": the region a police force is named by, though its bare name "الرياض" reads as the state.
    if (actor && p.first < actor.first && isPoliceWord(tokens[p.first - 1])) return true;
    return (
      !actor ||
      isLocative(tokens, p.first, p.start) ||
      (!!text && ownsPlace(text, tokens, p)) ||
      cityAttacked(tokens, p, actor) ||
      meetingVenue(tokens, p) ||
      (!!text && countryStruck(text, tokens, p, actor))
    );
  });
  const actors = rawActors.filter((a) => {
    const place = rawPlaces.find((p) => overlaps(a, p) && p.stop - p.start >= a.stop - a.start);
    return !place || (!isLocative(tokens, a.first, a.start) && !(text && ownsPlace(text, tokens, place)));
  });
  // "DOHA/GOMA, Nov 15 - … signed a framework agreement in Doha": of two bureaus, one the body names again as a
  // place is the story's (english-dateline.ts storyCity chooses).
  const namedAgain = (p: Span<PlaceLike>) => places.some((o) => o.start >= datelineEnd && o.value.id === p.value.id);
  const datelineCities = rawPlaces.filter(
    (p) =>
      p.stop <= datelineEnd && !places.includes(p) && (soleDatelineCity(p, rawPlaces, datelineEnd) || namedAgain(p)),
  );
  for (const p of datelineCities) metonyms.add(p);
  return { places, actors, datelineCities, rawPlaces };
}
