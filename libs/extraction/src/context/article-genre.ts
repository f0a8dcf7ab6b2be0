// Article-level genre: a sports report or a market wrap uses conflict words figuratively ("هجوم" of a striker,
// "سيطر" on a match, "انسحاب" from a tournament, shares "under attack"), so when its vocabulary is mostly sports or
// markets and it has no military or security words, its violent and coercive triggers are dropped as candidates
// (every trigger of a sports report or an opinion column: club business and argument are not political events; the
// calls, praise and meetings of a school, hospital or festivity report: courtesies and administration).
import type { Token } from '../text/tokenize';
import { RANK_UNSET, foldWord } from '../text/tokenize';
import { isOpinion } from './opinion-cues';

export type Genre = 'sports' | 'markets' | 'culture' | 'services' | 'society' | 'opinion' | 'news';

const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(foldWord));

// Unambiguous words only: فريق (also a general's rank), هدف (also a target), club names and نادي (any club: نادي
// الأسير الفلسطيني, نادي القضاة, and a club's football pupils holding a vigil against a killing) are left out.
const SPORTS = wordSet(
  'مباراة مباريات الدوري دوري المنتخب منتخب لاعب لاعبين لاعبا اللاعبين بطولة البطولة الملعب ملعب ' +
    'المدرب مدرب الشوط شوط مرمى المرمى هداف الفيفا فيفا كرة القدم التعادل تعادل الأولمبية رياضي ' +
    'الرياضية التنس تنس التعاقد الاحتراف لقب اللقب بلقب كأس الكأس تتويج المهاجم هدفا match league tournament coach striker ' +
    'goalkeeper stadium fifa football soccer championship midfielder cup olympic derby penalty offside var ' +
    'half-time halftime equalised equalized equaliser substitute scored scorer goals defender winger kick-off ' +
    'fixture fixtures season club clubs fans wicket innings cricket tennis grand slam semi-final quarter-final ' +
    'semifinal quarterfinal trophy medal medals marathon athletes athletics sprint podium racing grand prix',
);
// Film, music and heritage pieces: juries "praise" and critics "attack", nothing political happens.
const CULTURE = wordSet(
  'مهرجان فيلم الفيلم السينما سينمائي الممثل الممثلة المخرج معرض المعرض متحف المتحف ألبوم ' +
    'film films festival jury premiere cinema actor actress director screenplay album concert museum exhibition ' +
    'archaeologists archaeological excavation novel novelist box-office',
);
const MARKETS = wordSet(
  'الأسهم أسهم سهم البورصة بورصة المؤشر مؤشر تداول تداولات نقطة برميل برنت الخام المستثمرين ' +
    'المستثمرون أرباح الأرباح الربع التضخم السيولة shares stocks index investors brent barrel ' +
    'profit profits quarter inflation earnings bourse trading gdp bond bonds yields currency revenue revenues ' +
    'dividend nasdaq dow benchmark traders',
);
// Arabic municipal, consumer and public-service notices: inspection rounds closing shops, seizing spoiled food and
// fining violators, or advice to the public. Their closures, seizures and warnings are administrative, not political
// or security events (codebook: bans and closures count only when political or security).
const SERVICES = wordSet(
  'البلدية بلدية البلديات المحلات محلات المحال محال المطاعم مطاعم المستهلك المستهلكين الغذائية غذائية ' +
    'الاشتراطات اشتراطات المخالفات مخالفات الرقابية رقابية تفتيشية الجولات جولات إتلاف الصلاحية التموينية ' +
    'المنشآت منشآت السلع الأسواق',
);
// Schools, hospitals, research and festivities: a school's call to new teachers, a surgeon's appeal to duty, a
// director greeting guests at an Eid party or a study's researchers asking for volunteers are no political events.
const SOCIETY = wordSet(
  'الطلاب طلاب الطالبات طالبات الطالب المعلمين معلمين المعلمات معلمات المعلم المدارس مدارس المدرسة الجامعة ' +
    'الجامعات كلية الكلية الأكاديمي التعليم تعليم الدراسي الدراسة دراسة الباحثين باحثين الباحث العلماء المرضى ' +
    'مرضى المريض المستشفى مستشفى مستشفيات الأطباء أطباء الطبيب طبيب الطبية الصحية حفل الحفل احتفال الاحتفال ' +
    'احتفالية الاحتفالية احتفالات معايدة تكريم مسابقة المسابقة المتسابقين جائزة الجائزة ميدالية ميداليات ' +
    'الفعاليات فعاليات',
);
const SECURITY = wordSet(
  'عسكري عسكرية العسكرية العسكري الجيش جيش قوات القوات الشرطة شرطة الأمنية أمنية مسلحين المسلحين ' +
    'مسلحون داعش الحوثيين الحوثي ميليشيا ميليشيات مليشيات الإرهاب إرهابي الإرهابية إرهابية غارة ' +
    'غارات قتلى قتيل جرحى اشتباكات مفخخة انتحاري الانتحاري جنود الجنود المعارضة military army ' +
    'troops police militants militia rebels soldiers airstrike airstrikes terrorist terrorism ' +
    'killed wounded clashes bombing security',
);

// One lookup table, the first list a word is in winning (security, then sports, markets, culture), so that each
// token costs one lookup per form rather than one per list (this runs over every word of every article).
const SECURITY_RANK = 0;
const RANKED: Set<string>[] = [SECURITY, SPORTS, MARKETS, CULTURE, SERVICES, SOCIETY];
const RANK = new Map<string, number>();
RANKED.forEach((list, rank) => {
  for (const w of list) if (!RANK.has(w)) RANK.set(w, rank);
});

/** The best-ranked list any form of the token is in, or -1. */
function rankOf(t: Token): number {
  const memo = t.slots.genreRank;
  if (memo !== RANK_UNSET) return memo;
  return (t.slots.genreRank = listRank(t));
}

function listRank(t: Token): number {
  let best = RANK.get(t.norm) ?? -1;
  if (best === SECURITY_RANK) return best;
  for (const s of t.stems) {
    const r = RANK.get(s);
    if (r !== undefined && (best < 0 || r < best)) best = r;
  }
  return best;
}

/** Sports, markets, culture, services or society when that vocabulary is dense (≥ 4 hits, ≥ 1.5% of words) and
 * security words are rare; an opinion piece when it argues and attributes nothing (opinion-cues.ts). */
export function articleGenre(tokens: Token[], text = ''): { genre: Genre; security: number } {
  let sports = 0;
  let markets = 0;
  let culture = 0;
  let services = 0;
  let society = 0;
  let security = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.isNumber) continue;
    words++;
    const rank = rankOf(t);
    if (rank === 0) security++;
    else if (rank === 1) sports++;
    else if (rank === 2) markets++;
    else if (rank === 3) culture++;
    else if (rank === 4) services++;
    else if (rank === 5) society++;
  }
  const dense = (n: number) => n >= 4 && n >= words * 0.015 && n >= 3 * security;
  if (dense(sports) && sports >= markets) return { genre: 'sports', security };
  if (dense(markets)) return { genre: 'markets', security };
  if (dense(culture)) return { genre: 'culture', security };
  if (dense(services)) return { genre: 'services', security };
  if (text && isOpinion(text, tokens)) return { genre: 'opinion', security: 0 };
  if (dense(society)) return { genre: 'society', security };
  return { genre: 'news', security };
}

// Market wraps imitate force and coercion ("هجوم على الأسهم", "تسيطر على السوق", "سحب"); their deals and meetings
// stay. In a sports report every type is club business (transfers, talks, contracts, fines), not a political event;
// in an opinion column every mention is analysis.
const MARKET_FIGURATIVE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'THREATEN']);
// A service notice's closures, seizures, fines and warnings are administration; its requests of the public advice.
const SERVICE_ADMINISTRATIVE = new Set(['ASSAULT', 'MOBILIZE', 'THREATEN', 'SANCTION', 'AID', 'REQUEST']);

// A society report loses its words and meetings (calls on pupils, praise of sponsors, greetings, an Eid gathering);
// what is done in it (a stray bullet, a students' protest, a ban, an apology, aid) stays.
const SOCIETY_COURTESIES = new Set(['REQUEST', 'SUPPORT', 'ACCUSE', 'REJECT', 'THREATEN', 'CONSULT', 'COOPERATE']);

// Security words that make a genre piece a security story. A sports report needs three: two come with any big match
// ("إجراءات أمنية مشددة" at "استاد الجيش", a police warning about troublemakers) and turn nothing into news.
const SECURITY_STORY = 2;
const SPORTS_SECURITY_STORY = 3;

/** True when a trigger of `type` in an article of `genre` is almost surely figurative or off-domain. */
export function genreExcludes(genre: Genre, security: number, type: string): boolean {
  if (genre === 'news' || security >= (genre === 'sports' ? SPORTS_SECURITY_STORY : SECURITY_STORY)) return false;
  if (genre === 'services') return SERVICE_ADMINISTRATIVE.has(type);
  if (genre === 'society') return SOCIETY_COURTESIES.has(type);
  return genre === 'sports' || genre === 'culture' || genre === 'opinion' || MARKET_FIGURATIVE.has(type);
}

// Natural hazards: a cyclone "kills", a quake "strikes" and a storm "hits" without anyone using force.
const EN_HAZARDS = wordSet(
  'earthquake earthquakes quake quakes tremor aftershock aftershocks magnitude cyclone cyclones hurricane typhoon ' +
    'storm storms floods flooding flash landslide landslides mudslide mudslides tsunami wildfire wildfires eruption ' +
    'volcano tornado tornadoes monsoon rainfall downpours avalanche heatwave drought blizzard',
);
// Armed vocabulary without the death words a disaster report shares with a war report.
const EN_ARMED = wordSet(
  'military army troops militants militia militias rebels soldiers airstrike airstrikes strikes shelling terrorist ' +
    'terrorists gunmen bombing clashes fighters insurgents drone drones missile missiles artillery attack attacks',
);
const disasterCache = new WeakMap<Token[], boolean>();

/** A natural hazard word ("quake", "cyclone", "floods"). */
export const isHazard = (t: Token | undefined) => !!t && !t.isArabic && EN_HAZARDS.has(t.norm);

/** An English report of a natural disaster: hazard words dense (≥ 4, ≥ 1% of words) and three times the armed
 * words; its deaths and "strikes" are no use of force. */
export function naturalDisaster(tokens: Token[]): boolean {
  const cached = disasterCache.get(tokens);
  if (cached !== undefined) return cached;
  let hazards = 0;
  let armed = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.isArabic) continue;
    if (!t.isNumber) words++;
    if (EN_HAZARDS.has(t.norm)) hazards++;
    else if (EN_ARMED.has(t.norm)) armed++;
  }
  const out = hazards >= 4 && hazards >= words * 0.01 && hazards >= 3 * armed;
  disasterCache.set(tokens, out);
  return out;
}
