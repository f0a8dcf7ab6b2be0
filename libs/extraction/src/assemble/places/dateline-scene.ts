// Where a dateline stands as a scene: the bureau's city only when the story names it as one (datelineScene), and the
// seat of power for an act of a head of state or government (leaderAct).
import type { ActorLike, PlaceLike, Span } from '../assemble.types';
import type { ArticleContext, ClauseContext } from '../draft-context.types';
import { MATERIAL } from '../event-classes';
import { isMetonymDateline } from '../map-spans';
import { isCarePlace } from './care-places';

/** "BAGHDAD (Reuters) -": a dateline city that also names its government (map-spans.ts) is where the bureau sits;
 * it is the scene only of a material event whose sentence names no place, in a story that names the city again as
 * a scene ("in Baghdad") or as the only place of its country. Not of that government's meetings and deals. */
export function datelineScene(
  article: ArticleContext,
  clause: ClauseContext,
  type: string,
  dateline: Span<PlaceLike>,
): boolean {
  if (!isMetonymDateline(dateline)) return true;
  if (!MATERIAL.has(type)) return false;
  const { id, country } = dateline.value;
  // The dateline city itself and a city the wounded were sent to for care ("flew the wounded to Ankara for
  // treatment") name no other scene.
  const elsewhere = (p: Span<PlaceLike>) => p.value.id !== id && !isCarePlace(article.tokens, p, clause.sFirst);
  if (article.places.some((p) => p.first >= clause.sFirst && p.first < clause.sEnd && elsewhere(p))) return false;
  const others = article.places.some(
    (p) => p.value.id !== id && p.value.kind !== 'country' && p.value.country === country,
  );
  const named = article.places.filter((p) => p.value.id === id);
  return named.some((p) => article.tokens[p.first - 1]?.norm === 'in') || (!others && named.length > 0);
}

/** Titles of the heads of a state or government: "President Mohammed Shahabuddin". */
const LEADER = '(?:President|Prime Minister|King|Emir|Sultan|Crown Prince|Chancellor|Premier)';
const TITLED = new RegExp(`^${LEADER}\\s`);
const TITLE_BEFORE = new RegExp(`\\b${LEADER}\\s+$`);

/** "President Mohammed Shahabuddin ordered the release of …": an act of a head of state or government is decided at
 * the seat of power, not at the scene of the happening the sentence before told of. (Acts of a state's or
 * government's own name were measured too: they cost two English calib events, so are left to the carried scene.) */
export function leaderAct(text: string, actor: Span<ActorLike> | null): boolean {
  if (!actor) return false;
  if (actor.value.kind !== 'person') return false;
  return TITLED.test(actor.surface) || TITLE_BEFORE.test(text.slice(Math.max(0, actor.start - 20), actor.start));
}
