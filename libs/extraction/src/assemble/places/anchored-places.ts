// "حي الكرامة جنوب العريش", "قرية برقين غرب جنين", "the village of X, south of Hebron": a place placed by a compass
// word relative to another lies near it. When the gazetteer resolved the first name to somewhere far away (a
// Jordanian الكرامة for an Arish district), that reading is wrong: the mention takes its anchor's place instead.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { countrysideQuarter } from './countryside-direction';
import { distanceKm } from './distance-km';
import { AR_COMPASS_WORDS, EN_COMPASS_WORDS } from '../../text/compass-words';

const COMPASS = new Set(
  [
    ...AR_COMPASS_WORDS,
    'جنوب شرق',
    'جنوب غرب',
    'شمال شرق',
    'شمال غرب',
    'جنوب شرقي',
    'جنوب غربي',
    'شمال شرقي',
    'شمال غربي',
    'قرب',
    'بالقرب',
    'near',
    'outside',
    ...EN_COMPASS_WORDS,
  ].map(foldWord),
);
/** Farther than this from its anchor, a place said to lie next to it is another place of the same name. Compass
 * phrases locate towns well beyond the anchor's outskirts ("مأرب، شمال شرقي صنعاء" is 120 km, "سرت شرق طرابلس"
 * some 370 km): only a namesake lies farther, and mostly in another country. */
const NEAR_KM = 500;

/** The anchor's own place noun, which may stand between the compass word and its name. */
const ANCHOR_NOUN = new Set(['مدينه', 'بلده', 'قريه', 'محافظه', 'العاصمه', 'city', 'town', 'village'].map(foldWord));

/** The token index after a compass phrase starting at k ("جنوب", "جنوب غرب", "south of", "بالقرب من"), or -1. */
function afterCompass(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t) return -1;
  const two = tokens[k + 1] ? `${t.norm} ${tokens[k + 1].norm}` : '';
  let j = COMPASS.has(two) ? k + 2 : COMPASS.has(t.norm) ? k + 1 : -1;
  if (j < 0) return -1;
  const link = tokens[j]?.norm;
  if (link === 'of' || link === 'من') j++;
  if (tokens[j]?.norm === 'the') j++;
  // "جبهة العلم شرق مدينة عدن", "جنوب العاصمة صنعاء": the anchor's own place noun comes first.
  if (ANCHOR_NOUN.has(tokens[j]?.norm ?? '')) j++;
  return j;
}

// "الطيبة بالغوطة الغربية", "بلدة X في ريف درعا", "منطقة العلم بساحل أبين", "X, in Idlib province": the place that
// contains the one before.
const CONTAINER_LINK = new Set(
  [
    'في',
    'ب',
    'ريف',
    'بريف',
    'محافظه',
    'بمحافظه',
    'منطقه',
    'بمنطقه',
    'ولايه',
    'بولايه',
    'ساحل',
    'بساحل',
    'اطراف',
    'باطراف',
    'ضواحي',
    'بضواحي',
    'in',
  ].map(foldWord),
);

const AREA: ReadonlySet<PlaceLike['kind']> = new Set(['admin1', 'region', 'frontline']);

/** The token where a container named right after a place starts: adjacent (بالغوطة is one token) or after a link. */
function containerAt(tokens: Token[], end: number, byFirst: Map<number, Span<PlaceLike>>): Span<PlaceLike> | undefined {
  for (let j = end; j <= end + 2 && j < tokens.length; j++) {
    const c = byFirst.get(j);
    if (c) return c;
    if (!CONTAINER_LINK.has(tokens[j].norm)) return undefined;
  }
  return undefined;
}

/** Mentions re-pointed at their anchor when they lie far from it, countryside quarters ("ريف حلب الشمالي") moved
 * out to that quarter (countryside-direction.ts); everything else unchanged. */
export function anchorPlaces(tokens: Token[], places: Span<PlaceLike>[]): Span<PlaceLike>[] {
  const byFirst = new Map(places.map((p) => [p.first, p]));
  return places.map((p) => {
    const quarter = countrysideQuarter(tokens, p);
    if (quarter) return { ...p, value: quarter };
    if (p.value.kind === 'country' || p.value.kind === 'admin1') return p;
    const j = afterCompass(tokens, p.end);
    const container = j < 0 ? containerAt(tokens, p.end, byFirst) : undefined;
    const anchor = j >= 0 ? byFirst.get(j) : container && AREA.has(container.value.kind) ? container : undefined;
    if (!anchor || anchor.value.kind === 'country') return p;
    // A province is wide (its centre may lie 100 km from a town inside it): only another country betrays a
    // namesake there.
    const far =
      p.value.country !== anchor.value.country || (anchor !== container && distanceKm(p.value, anchor.value) > NEAR_KM);
    return far ? { ...p, value: anchor.value } : p;
  });
}

const IN_LINK = new Set(['في', 'ب'].map(foldWord));
const CONTAINER_NOUN = new Set(
  ['ولايه', 'محافظه', 'اقليم', 'منطقه', 'ريف', 'قضاء', 'مديريه', 'اطراف', 'شمال', 'جنوب', 'شرق', 'غرب'].map(foldWord),
);
const SPECIFIC: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district', 'frontline']);

function roughlyInside(inner: PlaceLike, outer: PlaceLike): boolean {
  return !!inner.country && inner.country === outer.country && distanceKm(inner, outer) <= 150;
}

/** "بلدية طارق بن زياد (في ولاية عين الدفلى)", "منطقة باراكي باراك بإقليم لوجار", "طريق العريش الساحلي بشمال سيناء":
 * Arabic specific places named together with the province or region that contains them ("في"/glued "ب" before the
 * container, at most one word such as an adjective between), keyed by the container's id. */
export function placesRestatedIn(tokens: Token[], places: Span<PlaceLike>[]): Map<string, Span<PlaceLike>[]> {
  const out = new Map<string, Span<PlaceLike>[]>();
  const byFirst = new Map(places.map((p) => [p.first, p]));
  for (const s of places) {
    if (!SPECIFIC.has(s.value.kind) || !tokens[s.first]?.isArabic) continue;
    for (let j = s.end; j <= s.end + 4 && j < tokens.length; j++) {
      const c = byFirst.get(j);
      if (!c) continue;
      if ((c.value.kind === 'admin1' || c.value.kind === 'region') && roughlyInside(s.value, c.value)) {
        let k = c.first - 1;
        let linked = tokens[c.first].start < c.start && tokens[c.first].norm.startsWith('ب');
        while (k >= s.end && tokens[k].stems.some((x) => CONTAINER_NOUN.has(x))) {
          if (tokens[k].norm.startsWith('ب')) linked = true;
          k--;
        }
        if (k >= s.end && IN_LINK.has(tokens[k].norm)) {
          linked = true;
          k--;
        }
        if (linked && k - s.end < 1) out.set(c.value.id, [...(out.get(c.value.id) ?? []), s]);
      }
      break;
    }
  }
  return out;
}

const SPOT_NOUN = new Set(
  ['منطقه', 'قريه', 'بلده', 'مدينه', 'حي', 'جبهه', 'وادي', 'جبل', 'مديريه', 'ناحيه', 'مخيم', 'معسكر', 'قاعده'].map(
    foldWord,
  ),
);

const SOURCE_NOUN = new Set(
  ['مصدر', 'مصادر', 'مسؤول', 'مسؤولون', 'مسؤولين', 'شهود', 'سكان', 'ناشطون', 'ناشطين'].map(foldWord),
);

/** "في منطقة "جبل العليقة" في شمال سيناء", "على وادي دوفس في محافظة أبين": the province qualifies a spot the
 * gazetteer does not know (a place noun and its name right before the province), so it is not the whole story; nor is a province that only says where a source is. */
export function qualifiesUnknownSpot(tokens: Token[], p: Span<PlaceLike>, lowest: number): boolean {
  let k = p.first - 1;
  while (k >= lowest && (IN_LINK.has(tokens[k].norm) || tokens[k].stems.some((x) => CONTAINER_NOUN.has(x)))) k--;
  // "قالت مصادر في محافظة ديالى إن …": where the source is, not a spot of the happening.
  if (k >= lowest && tokens[k].stems.some((x) => SOURCE_NOUN.has(x))) return true;
  for (let j = k; j >= Math.max(lowest, k - 3); j--) if (tokens[j].stems.some((x) => SPOT_NOUN.has(x))) return true;
  return false;
}
