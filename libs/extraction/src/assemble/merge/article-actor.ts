// Actors a material happening takes from its article when its own sentence names none (Arabic masdars without an
// agent: "تعزيزات ضخمة توجهت", "قتل 21 إرهابيا"): the doer of the nearest earlier happening of the same type at the
// same place, else (for an air strike) the one doer of the article's air strikes, else the article's main armed
// actor (the only one its attributed uses of force name, or the one behind most of them), else the armed doer of the
// nearest earlier (else the next) happening of its type (an arrest takes only that one); a bomber read from the noun
// (bomber-noun.ts) gives way to them. Runs on merged happenings, so a repeat that named the doer has already lent it. A use of force
// with no toll of its own takes the toll of a sibling mention of the same sentence and place ("overran a base,
// killing 7": the seizure and the killing are one happening).
import type { ActorLike, DraftEvent } from '../assemble.types';
import { clashSideFromTarget } from '../actors/clash-sides';
import { isDictionaryActor } from '../clause/raw-subject';
import { ARABIC_SCRIPT } from '../../text/tokenize';
import { lendAidDonor } from '../actors/aid-donor';
import { stateBomber } from './suicide-doer';

const INFERRED = new Set(['ASSAULT', 'MOBILIZE']);
const ARMED = new Set(['military', 'police', 'armed_group', 'rebels', 'militia', 'state']);

/** The armed actor behind the article's attributed uses of force (the only one, or the one behind most of them), or
 * null. */
function mainArmedActor(events: DraftEvent[]): ActorLike | null {
  const doers = new Map<string, ActorLike>();
  const counts = new Map<string, number>();
  let total = 0;
  for (const e of events)
    if (INFERRED.has(e.type) && isDictionaryActor(e.actor) && ARMED.has(e.actor.kind)) {
      doers.set(e.actor.id, e.actor);
      counts.set(e.actor.id, (counts.get(e.actor.id) ?? 0) + 1);
      total++;
    }
  if (doers.size === 1) return [...doers.values()][0];
  // "قيادة عمليات بغداد واصلت ... وكانت النتائج قتل 21 إرهابيا": a story that names one side for most of its uses of
  // force (a foe's rare attack aside) lends that side to the agentless ones.
  const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n >= MAIN_MIN && n / total >= MAIN_SHARE ? (doers.get(id) ?? null) : null;
}

const MAIN_MIN = 3;
const MAIN_SHARE = 0.6;

/** The one doer of the article's attributed air strikes ("شنت طائرات التحالف غارات"), or null: "لقوا مصرعهم في
 * غارات جوية" elsewhere in it is that air force's too. */
function airDoer(events: DraftEvent[]): ActorLike | null {
  const doers = new Map<string, ActorLike>();
  for (const e of events) if (e.mode === 'aerial' && isDictionaryActor(e.actor)) doers.set(e.actor.id, e.actor);
  return doers.size === 1 ? [...doers.values()][0] : null;
}

/** The doer of the nearest earlier air strike of the article that names one, or null. */
function lastAirDoer(events: DraftEvent[], e: DraftEvent): ActorLike | null {
  const prior = events
    .filter((o) => o !== e && o.mode === 'aerial' && isDictionaryActor(o.actor) && o.evidence.start < e.evidence.start)
    .sort((a, b) => b.evidence.start - a.evidence.start)[0];
  return prior?.actor ?? null;
}

/** The actor rule of a doer lent from the rest of the story: read by the confidence model as no actor (an actor
 * the sentence does not name is no evidence that it reports a happening). */
export const STORY_DOER_RULE = 'armed doer told elsewhere in the article';

// Earlier happenings first, the nearest first; then later ones, in the order told.
const rankFrom = (e: DraftEvent, o: DraftEvent) =>
  o.evidence.start < e.evidence.start ? e.evidence.start - o.evidence.start : 1e9 + o.evidence.start;

/** The armed doer of the nearest earlier happening of the same type, wherever it was placed, else of the first one
 * told after it, or null: "هجمات مفترضة لبوكو حرام في الكاميرون" then "لقي 42 مصرعهم في تفجيرين في غومبيه" goes on
 * with the story's doer when the article has no main one; a lead's agentless "الهجوم المزدوج في مروة" is the doer's
 * that the body names next ("نفذتهما فتاتان من بوكو حرام"). */
function storyArmedDoer(events: DraftEvent[], e: DraftEvent): ActorLike | null {
  const other = events
    .filter(
      (o) =>
        o !== e &&
        o.type === e.type &&
        isDictionaryActor(o.actor) &&
        ARMED.has(o.actor.kind) &&
        o.evidence.start !== e.evidence.start,
    )
    .sort((a, b) => rankFrom(e, a) - rankFrom(e, b))[0];
  return other?.actor ?? null;
}

const FORCE = new Set(['ASSAULT', 'COERCE']);

/** Lends a same-sentence, same-place sibling's toll to a use of force that gives none (in place). */
export function lendSiblingTolls(events: DraftEvent[]): DraftEvent[] {
  for (const e of events) {
    if (e.killed !== null || !FORCE.has(e.type) || e.negated || !e.place) continue;
    const sib = events.find(
      (o) =>
        o !== e &&
        o.type === 'ASSAULT' &&
        o.killed !== null &&
        o.sentence === e.sentence &&
        o.place?.id === e.place?.id,
    );
    if (!sib) continue;
    e.killed = sib.killed;
    e.injured ??= sib.injured;
  }
  return events;
}

/** Fills the actor of agentless material happenings from the article (in place); returns the events. */
export function inferArticleActors(events: DraftEvent[]): DraftEvent[] {
  const main = mainArmedActor(events);
  const air = airDoer(events);
  for (const e of events) {
    // "تفجيران انتحاريان استهدفا نقطة للجيش": a state body read as a suicide bomber was its target or foe.
    if (stateBomber(e.actor, e.mode)) {
      e.actor = null;
      e.actorSurface = null;
      e.trace.actorRule = null;
    }
    // "فجر انتحاري نفسه": the bomber read from the noun gives way to the group the article holds responsible.
    const bomber = e.trace.actorRule === 'bomber noun';
    // "اعتقلت الميليشيا صحفيين … كما اختطفت ناشطا": an arrest goes on with the story's armed arrester, never with
    // the article's fighting side.
    const arrest = e.type === 'COERCE';
    if ((e.actor && !bomber) || !(INFERRED.has(e.type) || arrest) || e.negated) continue;
    if (!arrest && ARABIC_SCRIPT.test(e.trace.trigger) && clashSideFromTarget(e)) {
      e.trace.actorRule = 'armed side named after the clash';
      continue;
    }
    const prior = events
      .filter(
        (o) =>
          o !== e &&
          o.type === e.type &&
          isDictionaryActor(o.actor) &&
          o.evidence.start < e.evidence.start &&
          !!o.place &&
          o.place.id === e.place?.id,
      )
      .sort((a, b) => b.evidence.start - a.evidence.start)[0];
    // English names its doers or its passives' agents; Arabic masdars often leave them to the article.
    const arabic = ARABIC_SCRIPT.test(e.trace.trigger);
    // "وفي سوريا نفذ التحالف أربع غارات ... بينما ضربت أهداف مماثلة في ثلاث غارات أخرى": with several air doers
    // named, an agentless strike goes on the story of the last one before it.
    const byAir = arabic && e.mode === 'aerial' ? (air ?? lastAirDoer(events, e)) : null;
    const earlier = arabic && (!main || arrest) ? storyArmedDoer(events, e) : null;
    const lent = arrest ? earlier : (prior?.actor ?? byAir ?? (arabic ? (main ?? earlier) : null));
    const pick = stateBomber(lent, e.mode) ? null : lent;
    // Never the side the mention says was hit.
    if (!pick || (e.target && e.target.id === pick.id)) continue;
    e.actor = pick;
    e.actorSurface = pick.name;
    e.trace.actorRule = arrest
      ? STORY_DOER_RULE
      : prior
        ? 'earlier happening at the place'
        : byAir
          ? 'air force of the article'
          : main
            ? 'main armed actor of the article'
            : STORY_DOER_RULE;
  }
  return lendAidDonor(events);
}
