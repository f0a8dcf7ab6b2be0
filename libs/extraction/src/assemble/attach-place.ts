// The place of a trigger: the clause's or sentence's place (choose-location), with the dateline and the article's
// country as fallbacks for material and venue events; statements keep only a place of their own clause.
import type { TriggerMatch } from '../patterns/match-triggers';
import type { ActorLike, PlaceLike, Span } from './assemble.types';
import { placesRestatedIn, qualifiesUnknownSpot } from './anchored-places';
import { chooseLocation } from './choose-location';
import type { ArticleContext, AssembleState, ClauseContext } from './draft-context.types';
import { MATERIAL, VENUE } from './event-classes';

export interface PlaceAttachment {
  place: Span<PlaceLike> | null;
  rule: string | null;
}

const HOME_FORCES = /^police:[A-Z]{2}$/;
const HOME_STATE = /^(?:state|gov):[A-Z]{2}$/;

/** The country-level place the article is about, used only when a material event names no place at all. */
function articleCountry(places: Span<PlaceLike>[], country: string | null): Span<PlaceLike> | null {
  const countries = places.filter((p) => p.value.kind === 'country');
  if (country) return countries.find((p) => p.value.country === country) ?? null;
  const tally = new Map<string, number>();
  for (const p of places) if (p.value.country) tally.set(p.value.country, (tally.get(p.value.country) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return countries.find((p) => p.value.country === top) ?? null;
}

/** English: the country most of the article's places lie in, as a place (named or not as a country itself). */
function storyCountry(article: ArticleContext, anchor: Span<ActorLike>): Span<PlaceLike> | null {
  const tally = new Map<string, number>();
  for (const p of article.places)
    if (p.value.country) tally.set(p.value.country, (tally.get(p.value.country) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const value = top ? article.countryPlace(top) : null;
  return value ? { ...anchor, value } : null;
}

const restatedCache = new WeakMap<ArticleContext, Map<string, Span<PlaceLike>[]>>();

/** "أصيب 18 مجنداً إثر انفجار عبوة ناسفة بشمال سيناء" … later "على طريق العريش الساحلي بشمال سيناء": a happening
 * placed only in a province or region takes the one town the article later names together with that province
 * (not when the province qualifies a spot the gazetteer lacks, or only says where a source is). */
function restatedTown(
  article: ArticleContext,
  place: Span<PlaceLike>,
  after: number,
  lowest: number,
): Span<PlaceLike> | null {
  if (place.value.kind !== 'admin1' && place.value.kind !== 'region') return null;
  if (qualifiesUnknownSpot(article.tokens, place, lowest)) return null;
  let restated = restatedCache.get(article);
  if (!restated) {
    restated = placesRestatedIn(article.tokens, article.places);
    restatedCache.set(article, restated);
  }
  const towns = (restated.get(place.value.id) ?? []).filter((s) => s.first >= after);
  if (!towns.length || towns.some((s) => s.value.id !== towns[0].value.id)) return null;
  return towns[0];
}

/** The trigger's place; a material event's place becomes the setting of the sentences after this one. */
export function attachPlace(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  trigger: TriggerMatch,
  actorSpan: Span<ActorLike> | null,
): PlaceAttachment {
  const { places, tokens } = article;
  const type = trigger.spec.type;
  const loc = chooseLocation(
    places,
    trigger.first,
    trigger.end,
    { first: clause.cFirst, end: clause.cEnd },
    { first: clause.sFirst, end: clause.sEnd },
    state.setting,
    clause.continuation,
    { tokens, type },
  );
  let place = loc.place;
  let placeRule = loc.rule;
  // Statements take a place only from their own clause; meetings, deals and concessions happen somewhere
  // and may take the sentence's place, the dateline or the article's country like material events.
  const placed = MATERIAL.has(type) || VENUE.has(type);
  if (!placed && placeRule !== 'nearest in clause') {
    place = null;
    placeRule = null;
  }
  if (!place && placed && article.dateline) {
    place = article.dateline;
    placeRule = 'dateline fallback';
  }
  if (!place && placed) {
    place = articleCountry(places, actorSpan?.value.country ?? null);
    // English: an actor from a country the story never names as a place still acts in the story's country.
    if (place) placeRule = 'country fallback';
  }
  // "تمكنت الجهات الأمنية من ضبط …", "Turkish police detained 251": a state's police and security services act at
  // home, so their country is the place when the article names none (armies strike abroad: not them).
  if (!place && placed && actorSpan && HOME_FORCES.test(actorSpan.value.id) && actorSpan.value.country) {
    const value = article.countryPlace(actorSpan.value.country);
    if (value) {
      place = { ...actorSpan, value };
      placeRule = 'home forces country';
    }
  }
  // "Germany has banned the group", "Iran arrested a European national": in English copy a state or its government
  // coerces at home (bans, curfews, arrests) when no place is named; its strikes and raids abroad are ASSAULTs.
  if (
    !place &&
    !article.arabic &&
    type === 'COERCE' &&
    actorSpan &&
    HOME_STATE.test(actorSpan.value.id) &&
    actorSpan.value.country
  ) {
    const value = article.countryPlace(actorSpan.value.country);
    if (value) {
      place = { ...actorSpan, value };
      placeRule = 'home state country';
    }
  }
  // English: an actor from a country the story never names as a place still acts in the story's country.
  if (!place && placed && !article.arabic && actorSpan?.value.country) {
    place = storyCountry(article, actorSpan);
    if (place) placeRule = 'story country';
  }
  if (place && article.arabic && MATERIAL.has(type) && placeRule === 'nearest in clause') {
    const town = restatedTown(article, place, trigger.end, clause.sFirst);
    // The rule name stays: the province was read in the clause, only sharpened (confidence and calibration read it).
    if (town) place = town;
  }
  if (place && MATERIAL.has(type)) state.sentenceSetting = place;
  return { place, rule: placeRule };
}
