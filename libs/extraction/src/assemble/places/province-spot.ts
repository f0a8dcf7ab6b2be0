// "قتل ستة من عناصر الشرطة في انفجار قنبلة في ولاية هرات … لدى مرور آلية للشرطة في إقليم غوزارا", "تواصلت هجمات بوكو
// حرام في ولاية بورنو، حيث قتل 13 شخصا … في قرية مالاري القريبة من كودونغا": an Arabic sentence that first places a
// happening in a whole province and then names one town or district inside it has told where in the province it
// happened; the town is the scene. Only within the trigger's own sentence (Arabic wire copy chains unrelated
// sentences: the next one's towns are restated-town.ts's), and only when the sentence names one such town.
// A province the gazetteer knows only by its chief town ("ولاية هرات") counts as the province when a province noun
// stands right before it; its towns are then those of the same first-level division. A governorate's towns lie within
// 100 km of its centre (the 150 km of inside() reaches from Diyala's centre to Fallujah). Not the province's own chief
// town named again ("محافظة الحديدة … الحديدة"), nor a town given a province of its own ("بلدة العيزرية في محافظة
// القدس" after "محافظة الخليل"): that is another happening's.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { distanceKm } from './distance-km';
import { isDescriptor } from './location-cues';

const PROVINCE_KM = 100;
/** Tokens after a town within which a province of its own may start ("العيزرية في محافظة القدس"). */
const OWN_CONTAINER_REACH = 3;
const SPOT: ReadonlySet<PlaceLike['kind']> = new Set(['city', 'town', 'district']);
/** Nouns that make the name after them a province, bare or with the preposition ب cliticised. */
const PROVINCE_NOUN = new Set(
  ['ولاية', 'محافظة', 'إقليم', 'مقاطعة'].flatMap((w) => [w, `ب${w}`, `و${w}`, `وب${w}`]).map(foldWord),
);

/** The province the chosen place stands for, with the test of a place lying in it; null when it is no province. */
function provinceOf(tokens: Token[], area: Span<PlaceLike>): ((p: PlaceLike) => boolean) | null {
  if (area.value.kind === 'admin1')
    return (p) => p.country === area.value.country && distanceKm(p, area.value) <= PROVINCE_KM;
  const named = SPOT.has(area.value.kind) && PROVINCE_NOUN.has(tokens[area.first - 1]?.norm ?? '');
  if (!named || !area.value.admin1) return null;
  return (p) => p.country === area.value.country && p.admin1 === area.value.admin1;
}

/** The one town inside the province `area` that its sentence names after both the province and the trigger (up to
 * token `sentenceEnd`), or null. Places the caller rules out (beyond a ", but" of the trigger) are skipped, and a
 * place naming a person's post ("محافظ إقليم X") is no scene. */
export function provinceSpot(
  tokens: Token[],
  places: Span<PlaceLike>[],
  area: Span<PlaceLike>,
  triggerEnd: number,
  sentence: { first: number; end: number },
  skip: (p: Span<PlaceLike>) => boolean = () => false,
): Span<PlaceLike> | null {
  const within = provinceOf(tokens, area);
  if (!within) return null;
  const from = Math.max(area.end, triggerEnd);
  const chiefTown = (p: Span<PlaceLike>) => area.value.name.toLowerCase().startsWith(p.value.name.toLowerCase());
  const ownContainer = (p: Span<PlaceLike>) =>
    places.some(
      (q) => q !== p && q.first >= p.end && q.first < p.end + OWN_CONTAINER_REACH && q.value.id !== area.value.id,
    );
  const towns = places.filter(
    (p) =>
      p.first >= from &&
      p.end <= sentence.end &&
      SPOT.has(p.value.kind) &&
      p.value.id !== area.value.id &&
      within(p.value) &&
      !chiefTown(p) &&
      !ownContainer(p) &&
      !isDescriptor(tokens, p, sentence.first) &&
      !skip(p),
  );
  if (!towns.length || towns.some((t) => t.value.id !== towns[0].value.id)) return null;
  return towns[0];
}
