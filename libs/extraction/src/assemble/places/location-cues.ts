// Words around a place mention that say what role the place plays in the sentence: a destination ("إلى مأرب",
// "to Basra"), an origin ("من صنعاء", "from Baghdad"), a descriptor of an actor rather than the scene ("سفيرها في
// طهران", "مسلحون من درعا", "mayor of X", "based in Paris"), or a container qualifying a place just named
// ("بني سعد بمحافظة ديالى", "Jenin ... in the northern West Bank"). Places named only to locate another (distances,
// compass landmarks): reference-places.ts.
import type { Token } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { isMissionSite } from './english-mission';
import { representedPlace } from './constituency';
import { isTakenSeat } from './taken-seat';
import { foldedSet } from '../../text/word-sets';
import { isSponsorPlace } from './sponsor-place';
import { AR_COMPASS_WORDS } from '../../text/compass-words';
import { provinceCode } from '../../gazetteer/gazetteer-store';

const DESTINATION = foldedSet(['إلى', 'الى', 'نحو', 'باتجاه', 'صوب', 'to', 'toward', 'towards', 'into']);
const ORIGIN = foldedSet(['من', 'from']);
/** Filler between a direction word and the place: "إلى مناطق المواجهات غربي مأرب", "to the city of". */
const FILLER = foldedSet([
  'مناطق',
  'منطقه',
  'مدينه',
  'محافظه',
  'جبهات',
  'جبهه',
  'المواجهات',
  'القتال',
  ...AR_COMPASS_WORDS,
  'ميناء',
  'مطار',
  'قاعده',
  'base',
  'the',
  'city',
  'of',
  'town',
  'province',
  'port',
  'northern',
  'southern',
  'eastern',
  'western',
]);
/** A place right after these (with في/in/of/to between or not) is an attribute of a person or body. */
const TITLE = foldedSet([
  'سفير',
  'سفيرها',
  'سفيره',
  'سفيرا',
  'سفراء',
  'سفاره',
  'سفارتها',
  'سفارته',
  'قنصل',
  'قنصليه',
  'مقره',
  'مقرها',
  // "محافظ عدن", "ومحافظ البصرة": the governor's province, not the scene.
  'محافظ',
  'ومحافظ',
  'لمحافظ',
  'ambassador',
  'embassy',
  'consulate',
  'envoy',
  // "the army-aligned government in Port Sudan accused the RSF … and called the shelling a war crime": the seat of
  // the government speaking, not the scene of what it tells of.
  'government',
  'mayor',
  'based',
  'headquartered',
  // Where a statement was made, not where its news happened: "told reporters in Geneva", "a briefing in Geneva".
  'reporters',
  'briefing',
  'journalists',
  'speaking',
  // "وقال أمام الصحافيين في أنقرة", "صرح للصحفيين في بغداد".
  'الصحافيين',
  'الصحفيين',
  'للصحافيين',
  'للصحفيين',
  'الصحافيون',
  'الصحفيون',
]);
/** Provincial offices named by their unit: "حاكم إقليم باداخشان", "والي ولاية الخرطوم", "محافظ محافظة عدن". */
const GOVERNOR = foldedSet(['حاكم', 'والي', 'محافظ', 'أمير']);
const UNIT_NOUN = foldedSet(['إقليم', 'ولاية', 'محافظة', 'منطقة', 'مقاطعة', 'إمارة']);
/** "نائب حاكم إقليم باداخشان", "أمير منطقة الرياض", "نائب أمير منطقة مكة": the unit a governor heads, whether the
 * gazetteer's name holds the unit noun or not, is his post, not the scene. */
function governedUnit(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const unit = UNIT_NOUN.has(tokens[p.first].norm) ? p.first : p.first - 1;
  const office = tokens[unit - 1];
  return (
    unit - 1 >= lowest &&
    UNIT_NOUN.has(tokens[unit].norm) &&
    !!office?.isArabic &&
    office.stems.some((s) => GOVERNOR.has(s))
  );
}
/** People named by where they come from: "مسلحون من درعا", "gunmen from Deir ez-Zor", "Troops from Rwanda and
 * Mozambique launched a joint operation in the area" (a contingent, not the scene). */
const PEOPLE =
  /^(?:ال)?(?:مسلح|مقاتل|عناصر|نازح|لاجئ|مهاجر|ابناء|اهالي|gunm[ae]n|fighters|militants|refugees|migrants|natives|troops|soldiers)/;
const LINK = foldedSet(['في', 'من', 'لدي', 'in', 'of', 'from', 'to', 'at']);
const CONTAINER: ReadonlySet<PlaceLike['kind']> = new Set(['region', 'admin1', 'country']);
const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district', 'frontline']);

/** Index of the word governing the place, skipping filler nouns and compass words (at most three). */
function governor(tokens: Token[], p: Span<PlaceLike>, lowest: number): number {
  let k = p.first - 1;
  while (k >= lowest && k >= p.first - 4 && FILLER.has(tokens[k].norm)) k--;
  return k;
}

export function isDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  // A glued ل is as often "belonging to" (التابعة لصنعاء) as "to": only the free-standing words count.
  const k = governor(tokens, p, lowest);
  return k >= lowest && DESTINATION.has(tokens[k].norm);
}

/** Verbs of going back: "قبل أن تعود إلى قاعدة ديار بكر", "before returning to base". */
const RETURN = foldedSet([
  'عاد',
  'عادت',
  'عادوا',
  'تعود',
  'يعود',
  'يعودون',
  'عوده',
  'العوده',
  'return',
  'returns',
  'returned',
  'returning',
  'back',
]);

const RETURN_REACH = 3;

/** Where the actor went back to after the happening (jets returning to their base), not where it happened. */
export function isReturnDestination(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const k = governor(tokens, p, lowest);
  if (k - 1 < lowest || !DESTINATION.has(tokens[k].norm)) return false;
  // The returning noun may lead its subject: "عودة العوائل النازحة إلى مدينة تكريت".
  for (let j = k - 1; j >= Math.max(lowest, k - RETURN_REACH); j--) {
    const verb = tokens[j];
    if (RETURN.has(verb.norm) || (verb.isArabic && verb.stems.some((s) => RETURN.has(s)))) return true;
  }
  return false;
}

export function isOrigin(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  const k = governor(tokens, p, lowest);
  return k >= lowest && ORIGIN.has(tokens[k].norm);
}

/** Adjectives that follow an Arabic title before its post: "السفير الأميركي السابق بصنعاء", "القنصل العام في". */
const TITLE_ADJECTIVE = foldedSet(['السابق', 'الاسبق', 'الحالي', 'الجديد', 'العام', 'المعين', 'المقيم']);
const MAX_TITLE_ADJECTIVES = 3;
/** A nisba adjective ("الأميركي", "البريطانية") or one of the adjectives above. */
const titleAdjective = (t: Token): boolean =>
  t.isArabic && (TITLE_ADJECTIVE.has(t.norm) || /^ال.{2,}(?:ي|يه)$/.test(t.norm));

/** Titles of a person posted somewhere, which may own the body they serve before their post ("سفير الاتحاد الأوروبي
 * في تل أبيب", "سفير خادم الحرمين الشريفين لدى"); buildings ("سفارة الإمارات في طرابلس") are scenes of attacks. */
const ENVOY = foldedSet(['سفير', 'سفيرا', 'سفراء', 'قنصل', 'مندوب', 'ممثل']);
/** Words a title's owner may take before the post: "سفير الاتحاد الأوروبي", "سفير خادم الحرمين الشريفين". */
const MAX_OWNER_WORDS = 3;

/** "السفير الأميركي السابق بصنعاء", "والسفير البريطاني لدى اليمن", "سفير الاتحاد الأوروبي في تل أبيب": an Arabic
 * title (definite or with a conjunction, read through its stems) followed by its adjectives, or an envoy's title
 * followed by the body he serves, ends at k. */
/** A commander's titles: "قائد جبهة النصرة في اللاذقية عبد الله المحيسني" is the man posted there, when his name
 * follows the place (without it, "قتل قائد الشرطة في الرمادي", the place is as likely the scene). */
const COMMANDER = foldedSet(['قائد', 'قاده', 'امير', 'زعيم']);
/** Words after a place that are no name: time words and clause openers. */
const NOT_NAME = foldedSet(['امس', 'يوم', 'اليوم', 'بعد', 'قبل', 'خلال', 'منذ', 'عقب', 'اثر', 'حيث', 'الذي', 'التي']);

/** A name right after the place: an Arabic word without article or glued preposition ("عبد الله المحيسني"). */
function nameAfter(tokens: Token[], p: Span<PlaceLike>): boolean {
  const t = tokens[p.end];
  return (
    !!t?.isArabic &&
    t.norm.length >= 3 &&
    !/^[وفبلك]?ال/.test(t.norm) &&
    !/^[وف]/.test(t.norm) &&
    !NOT_NAME.has(t.norm) &&
    !LINK.has(t.norm)
  );
}

function arabicTitleBefore(tokens: Token[], k: number, lowest: number, named = false): boolean {
  let j = k;
  for (let n = 0; n < MAX_TITLE_ADJECTIVES && j >= lowest && titleAdjective(tokens[j]); n++) j--;
  const t = tokens[j];
  if (j >= lowest && !!t?.isArabic && t.stems.some((s) => TITLE.has(s))) return true;
  for (let i = k; i >= Math.max(lowest, k - MAX_OWNER_WORDS); i--) {
    const w = tokens[i];
    if (!w?.isArabic || LINK.has(w.norm)) return false;
    if (i < k && (ENVOY.has(w.norm) || w.stems.some((s) => ENVOY.has(s)))) return true;
    if (named && i < k && (COMMANDER.has(w.norm) || w.stems.some((s) => COMMANDER.has(s)))) return true;
  }
  return false;
}

/** "سفيرها في طهران", "مسلحون من درعا" (`people`: not for withdrawals, "انسحاب مسلحين من حلب" leaves Aleppo), "the mayor of Beylikduzu", "based in Paris": not where it happened. */
export function isDescriptor(tokens: Token[], p: Span<PlaceLike>, lowest: number, people = true): boolean {
  if (representedPlace(tokens, p, lowest) || governedUnit(tokens, p, lowest)) return true;
  // "التي تتخذ مقرًا في لندن": the seat a body has taken (taken-seat.ts).
  if (isTakenSeat(tokens, p, lowest)) return true;
  // "مقاتلون موالون لروسيا", "المدعومة من إيران": whom the force serves (sponsor-place.ts).
  if (isSponsorPlace(tokens, p, lowest)) return true;
  let k = p.first - 1;
  if (k >= lowest && LINK.has(tokens[k].norm)) k--;
  if (k < lowest) return false;
  const w = tokens[k].norm;
  if (isMissionSite(tokens, k, lowest)) return false;
  if (TITLE.has(w) || arabicTitleBefore(tokens, k, lowest, nameAfter(tokens, p))) return true;

  return people && tokens[k + 1]?.norm !== undefined && ORIGIN.has(tokens[k + 1].norm) && PEOPLE.test(w);
}

/** "summoned Iran's chargé d'affaires in Baghdad to protest against the shelling": the English envoy's post names
 * where he serves. It is the venue of his summons (scene-places.ts keeps it for meetings), not the scene of what he
 * is summoned over. */
export function isChargePost(tokens: Token[], p: Span<PlaceLike>): boolean {
  return !tokens[p.first]?.isArabic && tokens[p.first - 1]?.norm === 'in' && tokens[p.first - 2]?.norm === 'affaires';
}

/** Roughly inside: same country, and for a region or governorate within 150 km of its centre. */
export function inside(inner: PlaceLike, outer: PlaceLike): boolean {
  if (!inner.country || inner.country !== outer.country) return false;
  if (outer.kind === 'country') return true;
  const r = Math.PI / 180;
  const dLat = (inner.lat - outer.lat) * r;
  const dLon = (inner.lon - outer.lon) * r * Math.cos(outer.lat * r);
  return 6371 * Math.sqrt(dLat * dLat + dLon * dLon) <= 150;
}

/** `inside`, or a town of a vast province far from its centroid (al-Harariyat, 180 km from Anbar's) that shares the
 * province's GeoNames code (gazetteer/curated-admin1.ts). A code only adds members: a province whose seat was misread
 * keeps the towns near it. */
export function inProvince(inner: PlaceLike, outer: PlaceLike): boolean {
  if (inside(inner, outer)) return true;
  if (outer.kind !== 'admin1' || inner.country !== outer.country) return false;
  const code = provinceCode(outer);
  return !!code && provinceCode(inner) === code;
}

/** A specific place in `pool` that a chosen container qualifies ("بيت جن بريف دمشق", "Jenin ... West Bank"). */
export function specificInside(pool: Span<PlaceLike>[], container: Span<PlaceLike>): Span<PlaceLike> | null {
  if (!CONTAINER.has(container.value.kind)) return null;
  let best: Span<PlaceLike> | null = null;
  for (const p of pool) {
    // A named area inside a governorate ("جبل التركمان بريف محافظة اللاذقية") is sharper than the governorate.
    const area = p.value.kind === 'region' && container.value.kind === 'admin1';
    if ((!SPECIFIC.has(p.value.kind) && !area) || !inside(p.value, container.value)) continue;
    const gap = p.end <= container.first ? container.first - p.end : p.first - container.end;
    if (gap < 0 || gap > 10) continue;
    if (!best || Math.abs(p.first - container.first) < Math.abs(best.first - container.first)) best = p;
  }
  return best;
}
