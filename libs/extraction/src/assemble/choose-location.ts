// Chooses where it happened: the most specific place in the trigger's clause nearest the trigger (places after
// it are preferred — "في مدينة حلب" follows the event in both languages), else a place earlier in the same
// sentence, else the setting of the previous sentence for continuation clauses only. Places that only describe an
// actor (سفيرها في طهران, مسلحون من درعا) never count; movements (deployments, aid) happen at their destination,
// not their origin; a container right next to a place inside it (بيت جن بريف دمشق) yields to that place.
import type { Token } from '../text/tokenize';
import { foldWord } from '../text/tokenize';
import type { PlaceLike, Span } from './assemble.types';
import { isDescriptor, isDestination, isOrigin, isReturnDestination, specificInside } from './location-cues';
import { isCompassReference, isDistanceReference, locatesAnaphor } from './reference-places';
import { apposedTown } from './apposed-container';
import { isCarePlace } from './care-places';
import { isCapitalSubject } from './capital-subject';
import { beyondContrast } from './contrast-clause';
import { acrossConjoinedComma } from './conjoined-clause';
import { hasDemonstrativeAnaphor } from './demonstrative-anaphor';
import { foreignQualifier } from './foreign-qualifier';
import { isPressVenue, isResidence, isSettingOut, isSpeakerName, isTimedAgainst } from './off-scene-places';
import { isPerpetratorScene } from './perpetrator-places';
import { isNeighbourPlace } from './neighbour-places';
import { townOfCountry } from './country-town';
import { ownStretch, type TokenRange } from './own-stretch';
import { isVenueTopic } from './venue-topics';
import { isFrontedVenue } from './fronted-venue';
import { isBlockedRoadEnd } from './road-ends';

/** Event types that move something somewhere: the place is where it arrives. */
const MOVEMENT = new Set(['MOBILIZE', 'AID']);
/** Meetings and deals: held at a venue, so the places of their agenda are not theirs. */
const VENUE_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** Physical happenings that may take their place from a later clause of their sentence. */
const MATERIAL_SCENE = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST', 'AID']);

const KIND_COST: Record<PlaceLike['kind'], number> = {
  district: 0,
  frontline: 0,
  town: 0,
  city: 0,
  region: 6,
  admin1: 8,
  country: 40,
};
const ANAPHORA = new Set(
  [
    'المدينه',
    'البلده',
    'القريه',
    'المنطقه',
    'الحي',
    'المحافظه',
    'city',
    'town',
    'village',
    'area',
    'district',
    'province',
    'governorate',
    // English "Two men were taken into custody nearby", "demonstrators also gathered nearby": near the place just told.
    'nearby',
  ].map(foldWord),
);

export interface LocationChoice {
  place: Span<PlaceLike> | null;
  rule: string | null;
}

function cost(p: Span<PlaceLike>, trigger: number, triggerEnd: number): number {
  const d = p.first >= triggerEnd ? p.first - triggerEnd : (trigger - p.end) * 1.5 + 1;
  return d + KIND_COST[p.value.kind];
}

function nearest(places: Span<PlaceLike>[], first: number, end: number, tokens?: Token[]): Span<PlaceLike> | null {
  let best: Span<PlaceLike> | null = null;
  let bestCost = Infinity;
  for (const p of places) {
    const c = cost(p, first, end);
    if (c < bestCost) {
      best = p;
      bestCost = c;
    }
  }
  return best && ((tokens && closerForeignCountry(places, best, first, end, tokens)) ?? best);
}

const LOCATIVE = new Set(['في', 'in'].map(foldWord));

/** Token distance from the trigger, before the kind penalty. */
const distance = (p: Span<PlaceLike>, first: number, end: number): number =>
  cost(p, first, end) - KIND_COST[p.value.kind];

/** The kind penalty lets "in Aleppo" beat a nearer "in Syria"; a city of ANOTHER country is no sharper reading of
 * the country named right by the trigger ("اعتقل في كوستاريكا وسُلّم إلى إيطاليا … قرب روما"): the country stays. */
function closerForeignCountry(
  places: Span<PlaceLike>[],
  best: Span<PlaceLike>,
  first: number,
  end: number,
  tokens: Token[],
): Span<PlaceLike> | null {
  if (best.value.kind === 'country' || !best.value.country) return null;
  const far = distance(best, first, end);
  // Only a country named as a setting ("في كوستاريكا"), not one qualifying a noun ("سفارة الجزائر").
  const rivals = places.filter(
    (p) =>
      p.value.kind === 'country' &&
      p.value.country !== best.value.country &&
      LOCATIVE.has(tokens[p.first - 1]?.norm ?? '') &&
      distance(p, first, end) < far,
  );
  return rivals.length ? rivals.reduce((a, b) => (distance(b, first, end) < distance(a, first, end) ? b : a)) : null;
}

/** The clause names a place noun pointing back ("المدينة", "the city"). */
function namesPlaceAnaphor(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ANAPHORA.has(tokens[k].norm)) return true;
  return false;
}

/** True when the clause points back to a place named before ("المدينة", "the city") or to a happening or building
 * told before ("لذلك الهجوم", "من هذا المبنى"): it continues the previous sentence's setting. */
export function hasPlaceAnaphor(tokens: Token[], from: number, to: number): boolean {
  return namesPlaceAnaphor(tokens, from, to) || hasDemonstrativeAnaphor(tokens, from, to);
}

/** What chooseLocation may read beyond the spans: the tokens (for role words) and the event type. */
export interface LocationContext {
  tokens: Token[];
  type: string;
  /** The clause points back at a place named before ("the town"), set by chooseLocation. */
  anaphoric?: boolean;
  /** First token of the trigger's clause: a capital opening it as a subject is the state, not the scene. */
  clauseFirst?: number;
  /** Triggers of the sentence's other placed happenings: places beyond them are theirs (own-stretch.ts). */
  rivals?: TokenRange[];
  /** The article text, for the punctuation between tokens (conjoined-clause.ts). */
  text?: string;
}

/** Drops places that only describe an actor; for movements keeps the destinations (or drops the origins). */
function scenePlaces(
  pool: Span<PlaceLike>[],
  ctx: LocationContext | undefined,
  lowest: number,
  triggerEnd: number,
  triggerFirst = triggerEnd,
): Span<PlaceLike>[] {
  if (!ctx) return pool;
  const { tokens } = ctx;
  // "في مؤتمر صحافي في فيينا عقب توقيع الاتفاق": a happening just before the press conference was held there too.
  const pressSequel = followsPressConference(tokens, triggerFirst, lowest);
  const venue = VENUE_TYPES.has(ctx.type);
  // The base the actor went back to afterwards ("before returning to base") is never the scene.
  const described = pool.filter(
    (p) =>
      !isDescriptor(tokens, p, lowest, ctx.type !== 'RETREAT') &&
      !(venue && isVenueTopic(tokens, p, lowest, triggerEnd)) &&
      !isReturnDestination(tokens, p, lowest) &&
      !locatesAnaphor(tokens, p, lowest) &&
      !isResidence(tokens, p, lowest) &&
      !isSpeakerName(tokens, p, lowest) &&
      !isCarePlace(tokens, p, lowest) &&
      !isNeighbourPlace(tokens, p, lowest) &&
      !(ctx.text && isBlockedRoadEnd(ctx.text, tokens, p)) &&
      (pressSequel || !isPressVenue(tokens, p, lowest, triggerEnd)) &&
      // A release or withdrawal happens where the freed or withdrawing people set out from.
      (ctx.type === 'RETREAT' || !isSettingOut(tokens, p, lowest)) &&
      !isCapitalSubject(tokens, p, lowest, ctx.clauseFirst ?? lowest) &&
      !isPerpetratorScene(tokens, p, lowest, triggerFirst),
  );
  // A place a distance is measured from ("700 km south of Tripoli") yields to the place it locates, if named.
  const located = described.filter(
    (p) => !isDistanceReference(tokens, p, lowest) && !isCompassReference(tokens, p, lowest, described),
  );
  let scene = located.length ? located : described;
  // "deported 28 men to Kabul", "وضعت في طائرة متجهة إلى بانكوك": an arrest or expulsion happens where the
  // authority holds the people, not where it sends them.
  // "troops were deployed to Gwoza and a curfew imposed on the town" points back at the destination: kept then.
  if (ctx.type === 'COERCE' && !ctx.anaphoric) return scene.filter((p) => !isDestination(tokens, p, lowest));
  if (!MOVEMENT.has(ctx.type)) return scene;
  const text = ctx.text;
  const fronted = (p: Span<PlaceLike>) => !!text && isFrontedVenue(text, tokens, p, lowest, triggerEnd);
  const onward = scene.filter((p) => !fronted(p));
  if (onward.length < scene.length && onward.some((p) => p.first >= triggerEnd)) scene = onward;
  const destinations = scene.filter((p) => isDestination(tokens, p, lowest));
  return destinations.length ? destinations : scene.filter((p) => !isOrigin(tokens, p, lowest));
}

/** Words putting a happening just before what the sentence reports: "عقب توقيع", "after signing". */
const JUST_BEFORE = new Set(['بعد', 'عقب', 'اثر', 'after', 'following'].map(foldWord));

/** The trigger follows "after" (one word may stand between): the press conference came right after it. */
function followsPressConference(tokens: Token[], triggerFirst: number, lowest: number): boolean {
  for (let k = triggerFirst - 1; k >= Math.max(lowest, triggerFirst - 2); k--)
    if (JUST_BEFORE.has(tokens[k].norm)) return true;
  return false;
}

/** Arabic "…الرمادي، وقصف الجيش … في الفلوجة": a place across a ", و<verb>" is the neighbouring happening's when the
 * trigger has a place of its own stretch (conjoined-clause.ts). */
function conjoinedOwn(
  pool: Span<PlaceLike>[],
  trigger: { first: number; end: number },
  lowest: number,
  ctx: LocationContext | undefined,
): Span<PlaceLike>[] {
  const text = ctx?.text;
  if (!text) return pool;
  const rivals = ctx.rivals ?? [];
  const kept = pool.filter((p) => !acrossConjoinedComma(text, ctx.tokens, p, trigger, lowest, pool, rivals));
  // Only for a sharper place of its own: a country alone ("الزائرين للأردن") does not outweigh the city before.
  return kept.some((p) => p.value.kind !== 'country') ? kept : pool;
}

/** The chosen place, or a specific place inside it named right next to it ("Chala, in the Arequipa region"). */
function sharpen(choice: Span<PlaceLike>, pool: Span<PlaceLike>[], ctx?: LocationContext): Span<PlaceLike> {
  const apposed = ctx?.text ? apposedTown(ctx.text, ctx.tokens, pool, choice) : null;
  return specificInside(pool, choice) ?? apposed ?? choice;
}

export function chooseLocation(
  places: Span<PlaceLike>[],
  triggerFirst: number,
  triggerEnd: number,
  clause: { first: number; end: number },
  sentence: { first: number; end: number },
  setting: Span<PlaceLike> | null,
  continuation: boolean,
  context?: LocationContext,
): LocationChoice {
  const ctx = context && {
    ...context,
    // Only a place noun keeps a curfew "on the town" at the destination named before; "this attack" does not.
    anaphoric: namesPlaceAnaphor(context.tokens, clause.first, clause.end),
    clauseFirst: clause.first,
  };
  const trigger = { first: triggerFirst, end: triggerEnd };
  // "The attack came as the envoy met … in Naypyitaw": the time clause's places are the other happening's.
  if (ctx && isTimedAgainst(ctx.tokens, triggerEnd)) {
    const meeting = ctx.type === 'CONSULT';
    return setting && !meeting ? { place: setting, rule: 'setting of previous sentence' } : { place: null, rule: null };
  }
  // Meetings keep their own venue rules (meeting-venue.ts); the country-over-foreign-city reading is for happenings.
  const materialTokens = ctx && MATERIAL_SCENE.has(ctx.type) ? ctx.tokens : undefined;
  // Each pool keeps the places of the trigger's own stretch of the sentence (own-stretch.ts).
  const own = (pool: Span<PlaceLike>[]) =>
    ctx?.rivals?.length ? ownStretch(pool, trigger, ctx.rivals, ctx.tokens) : pool;
  // Places beyond a ", but" after the trigger are the contrasting statement's (contrast-clause.ts).
  const text = ctx?.text;
  const notContrasted = (p: Span<PlaceLike>) => !text || !ctx || !beyondContrast(text, ctx.tokens, p, triggerEnd);
  const inClause = own(
    scenePlaces(
      places.filter((p) => p.first >= clause.first && p.end <= clause.end && notContrasted(p)),
      ctx,
      sentence.first,
      triggerEnd,
      triggerFirst,
    ),
  );
  const here = nearest(conjoinedOwn(inClause, trigger, sentence.first, ctx), triggerFirst, triggerEnd, materialTokens);
  // Places of the sentence after the trigger's clause, as its own stretch and scene rules leave them.
  const laterPool = () =>
    own(
      scenePlaces(
        places.filter((p) => p.first >= clause.end && p.end <= sentence.end && notContrasted(p)),
        ctx,
        sentence.first,
        triggerEnd,
        triggerFirst,
      ),
    );
  if (here) {
    // A homonym placed in another country by the next place ("حي الخالدية في حلب") yields to that place.
    const qualified = ctx ? foreignQualifier(ctx.tokens, here, places) : null;
    const chosen = qualified ?? sharpen(here, inClause, ctx);
    // "قتل في غارة في سوريا بينما كان يتنقل قرب بلدة سرمدا": a later clause names the town of that country.
    const town = ctx && MATERIAL_SCENE.has(ctx.type) ? townOfCountry(chosen, laterPool()) : null;
    return { place: town ?? chosen, rule: 'nearest in clause' };
  }
  const earlier = own(
    scenePlaces(
      places.filter((p) => p.first >= sentence.first && p.end <= clause.first),
      ctx,
      sentence.first,
      triggerEnd,
      triggerFirst,
    ),
  );
  const before = nearest(earlier, triggerFirst, triggerEnd, materialTokens);
  if (before) return { place: sharpen(before, earlier, ctx), rule: 'earlier in sentence' };
  // The setting is where the previous sentence's happening was (a battle, a raid): a meeting reported next is not
  // held there.
  const meeting = ctx?.type === 'CONSULT';
  if (continuation && setting && !meeting) return { place: setting, rule: 'setting of previous sentence' };
  // "deployed units along the border and set up positions near Khiam": a later clause of the same sentence.
  if (ctx && MATERIAL_SCENE.has(ctx.type)) {
    const later = laterPool();
    const after = nearest(later, triggerFirst, triggerEnd, materialTokens);
    if (after && after.value.kind !== 'country')
      return { place: sharpen(after, later, ctx), rule: 'later in sentence' };
  }
  return { place: null, rule: null };
}
