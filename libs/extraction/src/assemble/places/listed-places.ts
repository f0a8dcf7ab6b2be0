// English lists of towns hit by one verb ("strikes hit Aitaroun, Houla and Khiam"): each member is a happening of its
// own, placed by assemble-events.ts next to the place attachPlace gave the clause's attack or arrest.
import type { PlaceLike, Span } from '../assemble.types';
import type { ArticleContext } from '../draft-context.types';

const LISTED_KINDS = new Set<PlaceLike['kind']>(['city', 'town', 'district']);
const LISTED_TOWNS = new Set<PlaceLike['kind']>(['city', 'town']);
const LIST_REACH = 6;
const SWEEP_AREAS = /^(?:districts?|neighbou?rhoods?|areas|suburbs|quarters)$/;
const PASSIVE_GAP = new Set([
  'were',
  'was',
  'have',
  'has',
  'had',
  'been',
  'came',
  'under',
  'also',
  'all',
  'both',
  'being',
]);
/** What may stand between two members of a list of places: a comma, "and", or both. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;

/** English "strikes hit Aitaroun, Houla and Khiam": the towns of one country listed (commas, a final "and") next to
 * the place a clause's attack or arrest was given; each is a happening of its own. Returns the other members, or
 * nothing when the place stands alone, the list is only commas ("Sheikh Radwan, Gaza City" qualifies) or mixes
 * countries or provinces. */
export function listedPlaces(
  article: ArticleContext,
  clause: { cFirst: number; cEnd: number },
  placeId: string,
  trigger: { first: number; end: number; spec: { type: string } },
): Span<PlaceLike>[] {
  if (article.arabic) return [];
  const { text, tokens } = article;
  const inClause = article.places
    .filter((p) => p.first >= clause.cFirst && p.end <= clause.cEnd)
    .sort((a, b) => a.start - b.start);
  const at = inClause.findIndex((p) => p.value.id === placeId);
  if (at < 0) return [];
  const gap = (a: Span<PlaceLike>, b: Span<PlaceLike>) => text.slice(a.stop, b.start);
  const joined = (a: Span<PlaceLike>, b: Span<PlaceLike>) => b.start >= a.stop && LIST_GAP.test(gap(a, b));
  let lo = at;
  let hi = at;
  while (lo > 0 && joined(inClause[lo - 1], inClause[lo])) lo--;
  while (hi < inClause.length - 1 && joined(inClause[hi], inClause[hi + 1])) hi++;
  const list = inClause.slice(lo, hi + 1);
  if (list.length < 2) return [];
  // The list is what the verb hit: right after it ("struck the outskirts of A and B") or its passive subject
  // ("A and B were shelled"); a list that only says where something else was reported is not.
  const last = list[list.length - 1];
  const after = list[0].first >= trigger.end && list[0].first - trigger.end <= LIST_REACH;
  const before =
    last.end <= trigger.first && tokens.slice(last.end, trigger.first).every((t) => PASSIVE_GAP.has(t.norm));
  if (!after && !before) return [];
  // Districts of one city raided in one sweep ("in the Esenyurt, Başakşehir and Sultanbeyli districts") are one
  // arrest operation; bombarded districts are several strikes.
  const coerce = trigger.spec.type !== 'ASSAULT';
  if (coerce && SWEEP_AREAS.test(tokens[last.end]?.norm ?? '')) return [];
  const kinds = coerce ? LISTED_TOWNS : LISTED_KINDS;
  const country = list[0].value.country;
  if (!country || list.some((p) => !kinds.has(p.value.kind) || p.value.country !== country)) return [];
  if (!/\band\b/i.test(gap(list[list.length - 2], list[list.length - 1]))) return [];
  const ids = new Set<string>([placeId]);
  return list.filter((p) => !ids.has(p.value.id) && !!ids.add(p.value.id));
}
