// The scene places of a trigger: the places of its text left once those that only describe an actor, a venue's
// topic, a residence, a speaker's name or office title, a press venue or a perpetrator's home are dropped, and, for
// movements, once the origins yield to the destinations (choose-location.ts picks the nearest of what is left).
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { PlaceLike, Span } from '../assemble.types';
import { isChargePost, isDescriptor, isDestination, isOrigin, isReturnDestination } from './location-cues';
import { isCompassReference, isDistanceReference, isEnglishCompassReference, locatesAnaphor } from './reference-places';
import { isCarePlace } from './care-places';
import { isCapitalSubject } from './capital-subject';
import {
  isAccordingSourcePlace,
  isPressVenue,
  isResidence,
  isSettingOut,
  isSpeakerName,
  isSpeakerOffice,
} from './off-scene-places';
import { isPerpetratorScene } from './perpetrator-places';
import { isOfficeTitle } from './office-title';
import { isPassingDestination } from './passing-destinations';
import { isFireOrigin } from './fire-origin';
import { isJourneyStart } from './travel-destinations';
import { isPastRelativePlace } from './past-relative-places';
import { isSubjectRelativePlace } from './subject-relative';
import { isNeighbourPlace } from './neighbour-places';
import type { TokenRange } from './own-stretch';
import { isVenueTopic } from './venue-topics';
import { isFrontedVenue } from './fronted-venue';
import { isBlockedRoadEnd } from './road-ends';
import { isRoadDestination } from './road-destination';
import { isArrivalPlace, isOthersVisit, isSpeakerVisit } from './visit-venue';
import { afterDatedAttack } from '../dated-attack-noun';
import { isPlannedTarget } from './planned-target';
import { isRelievedPlace } from './relieved-place';
import { namedScene } from './where-it-happened';

/** Event types that move something somewhere: the place is where it arrives. */
const MOVEMENT = new Set(['MOBILIZE', 'AID']);
/** Meetings and deals: held at a venue, so the places of their agenda are not theirs. */
const VENUE_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);

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
  /** The actor's name in the text: a place right after it may be its seat (actor-seat.ts). */
  actor?: TokenRange;
}

/** Drops places that only describe an actor; for movements keeps the destinations (or drops the origins). */
export function scenePlaces(
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
  // "حاكم منطقة بركي براك حيث حصلت الغارة": a place the text names as the scene is kept (where-it-happened.ts).
  const described = pool.filter(
    (p) =>
      namedScene(tokens, p) ||
      (!isDescriptor(tokens, p, lowest, ctx.type !== 'RETREAT') &&
        !(venue && isVenueTopic(tokens, p, lowest, triggerEnd)) &&
        (ctx.type === 'CONSULT' || !isChargePost(tokens, p)) &&
        !isReturnDestination(tokens, p, lowest) &&
        !locatesAnaphor(tokens, p, lowest) &&
        !isResidence(tokens, p, lowest) &&
        !isSpeakerName(tokens, p, lowest) &&
        !isSpeakerOffice(tokens, p, triggerEnd) &&
        !(ctx.text && isOfficeTitle(ctx.text, tokens, p, triggerFirst)) &&
        !isAccordingSourcePlace(tokens, p, triggerEnd) &&
        !isCarePlace(tokens, p, lowest) &&
        !isNeighbourPlace(tokens, p, lowest) &&
        !(p.first - 1 > lowest && afterDatedAttack(tokens, p.first)) &&
        !(ctx.text && isBlockedRoadEnd(ctx.text, tokens, p)) &&
        // "هجوم قرب القرية على الطريق المؤدية إلى المدينة": on the road, not in the town it leads to (a movement keeps it).
        (MOVEMENT.has(ctx.type) || !isRoadDestination(tokens, p, lowest)) &&
        // "قال الوزير في مؤتمر صحافي بالخرطوم إن الاجتماع نجح": a meeting is reported where its parties meet the press.
        (pressSequel || ctx.type === 'CONSULT' || !isPressVenue(tokens, p, lowest, triggerEnd)) &&
        // A release or withdrawal happens where the freed or withdrawing people set out from.
        (ctx.type === 'RETREAT' || !isSettingOut(tokens, p, lowest)) &&
        // "students marched into the city from Belgrade": the march is where they came to (movements weigh their
        // origins below).
        (ctx.type === 'RETREAT' || MOVEMENT.has(ctx.type) || !isJourneyStart(tokens, p, lowest)) &&
        !isCapitalSubject(tokens, p, lowest, ctx.clauseFirst ?? lowest) &&
        !isPastRelativePlace(tokens, p, triggerEnd) &&
        !(ctx.text && isSubjectRelativePlace(ctx.text, tokens, p, lowest, triggerFirst)) &&
        !isPerpetratorScene(tokens, p, lowest, triggerFirst) &&
        // "مخطط يرمي لاستهداف منشآت بجهة بنزرت": a plot's target is not where the arrests were made.
        !isPlannedTarget(tokens, p, lowest, triggerFirst) &&
        // "إن هدف الهجوم التخفيف عن مدينة الزبداني": the front an offensive means to relieve is not where it strikes.
        !isRelievedPlace(tokens, p, lowest) &&
        // "قال خلال زيارة إلى قبرص «… عمل إرهابي أوقع 30 قتيلا»": where he spoke, not the scene (a meeting is held there).
        (venue || !isSpeakerVisit(tokens, p, lowest, triggerFirst)) &&
        // "ووقعت الهجمات خلال زيارة للرئيس … إلى واشنطن": the visit only dates the happening told before it.
        (venue || !isOthersVisit(tokens, p, triggerEnd))),
  );
  // A place a distance is measured from ("700 km south of Tripoli") yields to the place it locates, if named.
  const located = described.filter(
    (p) =>
      !isDistanceReference(tokens, p, lowest) &&
      !isCompassReference(tokens, p, lowest, described) &&
      !(ctx.text && isEnglishCompassReference(ctx.text, tokens, p, lowest, described)),
  );
  let scene = located.length ? located : described;
  // "deported 28 men to Kabul", "وضعت في طائرة متجهة إلى بانكوك": an arrest or expulsion happens where the
  // authority holds the people, not where it sends them.
  // "troops were deployed to Gwoza and a curfew imposed on the town" points back at the destination: kept then.
  if (ctx.type === 'COERCE' && !ctx.anaphoric) return scene.filter((p) => !isDestination(tokens, p, lowest));
  // "هروب جماعي لعناصر داعش باتجاه منطقة هيت … جامعة الأنبار": a flight happens where they fled from, not where they
  // headed, when the clause names another place; a withdrawal told only by where it went ("انسحبت إلى مأرب") keeps it.
  if (ctx.type === 'RETREAT' && !ctx.anaphoric) {
    const left = scene.filter((p) => !isDestination(tokens, p, lowest));
    if (left.length) return left;
  }
  // "struck insurgents fleeing towards the Sambisa Forest": an attack is where they were caught, not where they fled
  // ("a convoy travelling towards Dilling was attacked 20 km north of the town" points back at it: kept then).
  if (ctx.type === 'ASSAULT' && !ctx.anaphoric) {
    const struck = scene.filter((p) => !isPassingDestination(tokens, p, lowest));
    // "تعرض مركز بمنطقة جازان لقذائف من داخل الأراضي اليمنية": where the fire landed, when the clause names it.
    const landed = struck.filter((p) => !isFireOrigin(tokens, p, lowest));
    return landed.length ? landed : struck;
  }
  if (!MOVEMENT.has(ctx.type)) return scene;
  const text = ctx.text;
  const fronted = (p: Span<PlaceLike>) => !!text && isFrontedVenue(text, tokens, p, lowest, triggerEnd);
  const onward = scene.filter((p) => !fronted(p));
  if (onward.length < scene.length && onward.some((p) => p.first >= triggerEnd)) scene = onward;
  // "arrived in Sikasso … to secure the corridor to Cote d'Ivoire": where the force or the aid arrived is a
  // destination as much as a place after "to".
  const destinations = scene.filter((p) => isDestination(tokens, p, lowest) || isArrivalPlace(tokens, p, lowest));
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
