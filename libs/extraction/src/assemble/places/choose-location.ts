// Chooses where it happened: the most specific place in the trigger's clause nearest the trigger (places after
// it are preferred — "في مدينة حلب" follows the event in both languages), else a place earlier in the same
// sentence, else the setting of the previous sentence for continuation clauses only. Places that only describe an
// actor (سفيرها في طهران, مسلحون من درعا) never count, nor a force's seat when another place follows (actor-seat.ts);
// movements (deployments, aid) happen at their destination, not their origin; a container right next to a place
// inside it (بيت جن بريف دمشق) yields to that place.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { specificInside } from './location-cues';
import { apposedTown } from './apposed-container';
import { possessedPlace } from './possessive-area';
import { beyondContrast } from './contrast-clause';
import { acrossConjoinedComma } from './conjoined-clause';
import { outsideFrontedAside } from './fronted-aside';
import { hasDemonstrativeAnaphor } from './demonstrative-anaphor';
import { locatedPlaceAnaphor } from './located-anaphor';
import { foreignQualifier } from './foreign-qualifier';
import { isTimedAgainst } from './off-scene-places';
import { townOfCountry } from './country-town';
import { ownStretch } from './own-stretch';
import { scenePlaces, type LocationContext } from './scene-places';
import { startingWithin } from '../spans-in-order';
import { withoutActorSeat } from './actor-seat';
import { facesTown } from './facing-town';
import { mainActOfOutcome } from './participle-outcome';
import { provinceOfNamesake, regionAfterForeignNamesake } from './far-namesake';

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
  // "في سوريا المقابلة لمدينة كيليس": the town the border area faces sets it (facing-town.ts).
  if (facesTown(tokens, best)) return null;
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

/** Arabic "…الرمادي، وقصف الجيش … في الفلوجة": a place across a ", و<verb>" is the neighbouring happening's when the
 * trigger has a place of its own stretch (conjoined-clause.ts); so is a place of an aside fronted before the trigger's
 * main clause (fronted-aside.ts). */
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
  const own = kept.some((p) => p.value.kind !== 'country') ? kept : pool;
  // "وفيما قتل 27 في بيجي، كشف مصدر عن قصف … في شمال الموصل": an aside fronted before the main clause is not its scene.
  return outsideFrontedAside(text, ctx.tokens, own, trigger, lowest);
}

/** The chosen place, or a specific place inside it named right next to it ("Chala, in the Arequipa region"). */
function sharpen(choice: Span<PlaceLike>, pool: Span<PlaceLike>[], ctx?: LocationContext): Span<PlaceLike> {
  const apposed = ctx?.text ? apposedTown(ctx.text, ctx.tokens, pool, choice) : null;
  // "in Sagaing's Myinmu township": the possessive names the area, the spot follows it (possessive-area.ts).
  const possessed = ctx?.text ? possessedPlace(ctx.text, pool, choice) : null;
  return specificInside(pool, choice) ?? apposed ?? possessed ?? choice;
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
  // The places lying within tokens [from, to], as the own-stretch and scene rules leave them.
  const scenePool = (from: number, to: number) =>
    own(
      scenePlaces(
        startingWithin(places, from, to + 1).filter((p) => p.first >= from && p.end <= to && notContrasted(p)),
        ctx,
        sentence.first,
        triggerEnd,
        triggerFirst,
      ),
    );
  const inClause = withoutActorSeat(scenePool(clause.first, clause.end), ctx?.tokens ?? [], ctx?.actor);
  const ownPool = conjoinedOwn(inClause, trigger, sentence.first, ctx);
  // "attacked a checkpoint in the Tarmiyah district north of Baghdad, killing four soldiers": an outcome told by a
  // participle after a comma happened where the main clause's act did, not at the landmark named last before it.
  const main = ctx?.text ? mainActOfOutcome(ctx.text, ctx.tokens, trigger, ownPool, ctx.rivals ?? []) : null;
  const here =
    (main &&
      nearest(
        ownPool.filter((p) => p.first >= main.end && p.end <= triggerFirst),
        main.first,
        main.end,
      )) ||
    nearest(ownPool, triggerFirst, triggerEnd, materialTokens);
  // Places of the sentence after the trigger's clause, as its own stretch and scene rules leave them.
  const laterPool = () => scenePool(clause.end, sentence.end);
  // "فروا من مواقعهم في المحافظة التي … لتأمين عدن": the happening is set in the province named before; a name told
  // after that noun is another place (located-anaphor.ts).
  if (here && setting && ctx && here.first >= triggerEnd) {
    const k = locatedPlaceAnaphor(ctx.tokens, places, triggerEnd, here.first);
    if (k >= 0 && k >= clause.first) return { place: setting, rule: 'place noun pointing back' };
  }
  if (here) {
    // A homonym placed in another country by the next place ("حي الخالدية في حلب") yields to that place.
    const qualified = ctx ? foreignQualifier(ctx.tokens, here, places) : null;
    const sharp = qualified ?? sharpen(here, inClause, ctx);
    // A town far outside the province named just before it is a namesake placed elsewhere (far-namesake.ts).
    // Arabic only: English copy names a town before its province ("Talh, in Saada province") and was measured worse.
    const arabic = !!ctx?.tokens[sharp.first]?.isArabic;
    // "Merawi, a town in Ethiopia's Amhara region": a namesake the gazetteer placed in another country (far-namesake.ts).
    const foreign = ctx ? regionAfterForeignNamesake(ctx.tokens, inClause, sharp) : null;
    const chosen = (arabic && provinceOfNamesake(inClause, sharp)) || foreign || sharp;
    // "قتل في غارة في سوريا بينما كان يتنقل قرب بلدة سرمدا": a later clause names the town of that country.
    const town = ctx && MATERIAL_SCENE.has(ctx.type) ? townOfCountry(chosen, laterPool()) : null;
    return { place: town ?? chosen, rule: 'nearest in clause' };
  }
  const earlier = own(
    scenePlaces(
      startingWithin(places, sentence.first, clause.first + 1).filter(
        (p) => p.first >= sentence.first && p.end <= clause.first,
      ),
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
