// One event per real-world happening per article: the same type, a compatible place (same place, or within
// 25 km when the actor is the same, or a country and a place inside it) and a compatible actor (the same, or unknown on one side,
// or in English one country's state and forces, one-side.ts, or any two in one clause with a clash, clause-mates.ts) collapse into one,
// keeping the lead's counts (or a later running total), the most specific mode and the most confident evidence.
// Different places never merge; neither do clearly different ways of using force (merge-rules.ts), nor arrests that
// each name their own town in their own sentence (arrest-places.ts). An Arabic count-less twin of a counted happening
// at its town or in its province folds into it after the merge (count-twins.ts).
import { inferArticleActors, lendSiblingTolls } from './article-actor';
import type { ActorLike, DraftEvent, PlaceLike } from '../assemble.types';
import { nearestReading } from '../actors/actor-reading';
import { absorbCounts, announcesAnother, listedPlace, maxOf, modesCompatible, opensSeparately } from './merge-rules';
import { isDictionaryActor } from '../clause/raw-subject';
import { ARABIC_SCRIPT } from '../../text/tokenize';
import { apartArrests } from './arrest-places';
import { restatedLead, sharperRestated } from './link-line';
import { distanceKm } from '../places/distance-km';
import { clauseActorsJoin } from './clause-mates';
import { oneSide } from './one-side';
import { breakDownRoundUps } from './round-up-tolls';
import { lendCrackdownTolls } from './crackdown-tolls';
import { answersAnother } from './reply-act';
import { arabicSpeakersApart } from './arabic-speakers-apart';
import { foldCountTwins } from './count-twins';

const MERGE_KM = 25;

// Actors read from plain text (raw-subject.ts) have no dictionary identity: they neither join nor split happenings.
const known = (a: ActorLike | null) => (isDictionaryActor(a) ? a : null);
const sameActor = (a: ActorLike | null, b: ActorLike | null) => !!known(a) && !!known(b) && a!.id === b!.id;
const actorsCompatible = (a: ActorLike | null, b: ActorLike | null) => !known(a) || !known(b) || a!.id === b!.id;
/** Those a mention says were hit ("مقتل 8 من الحوثيين") are not the doers of the happening it would join, unless
 * it is a clash, where both sides are hit ("بينما أسفرت عن مقتل 6 من المقاومة"). */
const rolesCompatible = (o: DraftEvent, e: DraftEvent) =>
  o.mode === 'armed-clash' ||
  e.mode === 'armed-clash' ||
  (!(e.trigger.spec.killing && known(e.target) && known(o.actor) && e.target!.id === o.actor!.id) &&
    !(o.trigger.spec.killing && known(o.target) && known(e.actor) && o.target!.id === e.actor!.id));
/** One clause names one side as both the doer and the hit only when a reading went wrong ("قتل 12 في سقوط صاروخ
 * مصدره قوات النظام": the source read as the victims): its mentions still report one happening, whose doer the
 * merge keeps and whose clashing target it drops. */
function dropDoerAsTarget(e: DraftEvent): void {
  if (e.mode === 'armed-clash' || !known(e.target) || !known(e.actor) || e.target!.id !== e.actor!.id) return;
  e.target = null;
  e.targetSurface = null;
}

/** Types whose modes are different acts, not ways of telling one act: an arrest and a curfew, a release and a
 * resignation, an expulsion and a trade ban. */
const DISTINCT_MODES = new Set(['COERCE', 'RETREAT', 'SANCTION']);
/** Acts that one named doer performs for itself: a second named doer's resignation or sanction is a second act. */
const DOERS_APART = new Set(['RETREAT', 'SANCTION']);
const VERBAL_TYPES = new Set(['ACCUSE', 'SUPPORT', 'REJECT', 'REQUEST', 'THREATEN']);

/** A speaker the text names: a dictionary actor, or a plain-text subject written as a name ("Spokesperson Liu"). */
const named = (d: DraftEvent) => !!known(d.actor) || (!!d.actor && /^\p{Lu}/u.test(d.actorSurface ?? d.actor.name));

/** English copy reports one act per sentence: in different sentences, a COERCE/RETREAT/SANCTION of another mode
 * is another act, a statement whose speaker was not read is another speaker's, not a repeat of a named one, and
 * statements of two different named speakers ("Press freedom groups condemned", "The EU condemned") are two. */
function englishApart(o: DraftEvent, e: DraftEvent): boolean {
  if (ARABIC_SCRIPT.test(e.evidence.text) || o.sentence === e.sentence) return false;
  if (DISTINCT_MODES.has(e.type) && o.mode && e.mode && o.mode !== e.mode) return true;
  const twoNamed = named(o) && named(e) && o.actor!.id !== e.actor!.id;
  if (DOERS_APART.has(e.type) && twoNamed) return true;
  return VERBAL_TYPES.has(e.type) && (!o.actor !== !e.actor || twoNamed);
}

/** Two tolls that each date themselves ("مساء الجمعة قتل 11", "on Saturday a bomb killed four") to different days
 * count different happenings; a running total ("the toll rose on Tuesday to") dates the count, not the happening,
 * and "the commission said on Wednesday that 13 had been killed" dates the statement (statement-date.ts). */
function datesApart(o: DraftEvent, e: DraftEvent): boolean {
  if (!o.signals?.dated || !e.signals?.dated || !o.date || !e.date || o.date === e.date) return false;
  if (o.signals.statementDated || e.signals.statementDated) return false;
  if (o.killed === null || e.killed === null || o.killed === e.killed) return false;
  return !o.killedTotal && !e.killedTotal;
}

function placesCompatible(a: DraftEvent, b: DraftEvent): boolean {
  const p: PlaceLike | null = a.place;
  const q: PlaceLike | null = b.place;
  if (!p || !q) return true;
  if (p.id === q.id) return true;
  if (listedPlace(a) || listedPlace(b))
    return p.kind === 'country' || q.kind === 'country' ? p.country === q.country : false;
  // A country-level mention ("في اليمن") repeats a located one inside that country ("في عدن").
  if ((p.kind === 'country' || q.kind === 'country') && p.country && p.country === q.country) return true;
  if (apartArrests(a, b)) return false;
  return (
    (sameActor(a.actor, b.actor) || oneSide(a, b)) &&
    distanceKm(p, q) <= MERGE_KM &&
    p.kind !== 'country' &&
    q.kind !== 'country'
  );
}

/** Two places of which neither holds the other (a country and a place in it, a province and its town) and that lie
 * farther apart than the merge radius: the scenes of two happenings. */
function placedApart(p: PlaceLike | null, q: PlaceLike | null): boolean {
  if (!p || !q || p.id === q.id) return false;
  if (p.kind === 'country' || q.kind === 'country') return p.country !== q.country;
  const province = (p.kind === 'admin1' || q.kind === 'admin1') && !!p.admin1 && p.admin1 === q.admin1;
  return !province && distanceKm(p, q) > MERGE_KM;
}

function absorb(into: DraftEvent, e: DraftEvent, sameClause: boolean): void {
  const better = e.confidence > into.confidence;
  // A subject read in its slot replaces an actor that was only the nearest mention.
  const weak = (d: DraftEvent) => !known(d.actor) || nearestReading(d);
  // "ضبطت شرطة محافظة الطائف" read as plain text in its slot outranks a name a repeat only found nearby.
  const named = !known(into.actor) && known(e.actor) && (nearestReading(into) || !nearestReading(e));
  // "وأشاد مجلس الوزراء بالرسالة التي وجهها خادم الحرمين وما تضمنته من تهنئة": the subject read in the slot of the
  // sentence's verb outranks the doer of a masdar told later in that sentence (another act it reports).
  const verbSubject =
    !!into.actor &&
    !nearestReading(into) &&
    into.sentence === e.sentence &&
    into.trigger.spec.voice === 'verb' &&
    e.trigger.spec.voice === 'noun' &&
    e.trigger.start > into.trigger.start;
  if (e.actor && (!into.actor || (weak(into) && !weak(e) && !verbSubject) || (named && !verbSubject))) {
    into.actor = e.actor;
    into.actorSurface = e.actorSurface;
    into.trace.actorRule = e.trace.actorRule;
  }
  if (!into.target && e.target) {
    into.target = e.target;
    into.targetSurface = e.targetSurface;
  }
  // Prefer the more specific place (a city over a country fallback).
  if (!into.place || (into.place.kind === 'country' && e.place && e.place.kind !== 'country')) into.place = e.place;
  // Counts stay with the first mention that gives them (the lead's toll) unless a later one is a running total:
  // taking the largest figure of every merged repeat mixed in the tolls of neighbouring happenings.
  absorbCounts(into, e, sameClause);
  into.size = maxOf(into.size, e.size);
  into.attribution ??= e.attribution;
  // A back-reference ("هذا القصف الجوي" after a car bomb) names the happening loosely: it never overrides a mode.
  if (e.mode && (!into.mode || (!e.backref && e.trigger.spec.weight > into.trigger.spec.weight))) into.mode = e.mode;
  if (better) {
    into.evidence = e.evidence;
    into.trigger = e.trigger;
    into.date = e.date ?? into.date;
  }
  // Every repeat of a happening is more evidence that the article reports it.
  into.confidence = Math.round(Math.min(0.99, Math.max(into.confidence, e.confidence) + 0.06) * 100) / 100;
  into.trace.merged += e.trace.merged;
  into.trace.cues.push(...e.trace.cues.filter((c) => !into.trace.cues.includes(c)));
  into.trace.countCues.push(...e.trace.countCues);
}

// How specific a venue is: a town or district beats a province, which beats a country, which beats none.
const PLACE_RANK: Record<string, number> = { country: 1, admin1: 2, region: 2, frontline: 2 };
const placeRank = (p: PlaceLike | null) => (!p ? 0 : (PLACE_RANK[p.kind] ?? 3));
const pairKey = (d: DraftEvent) =>
  [known(d.actor)?.id ?? '', known(d.target)?.id ?? ''].filter(Boolean).sort().join('|');

/** Meetings of one actor pair (or of one actor with no counterpart) in one article are one happening, however
 * many venues its mentions name (a visit's city, then the capital): they merge, keeping the most specific venue.
 * So are signings of one pair: "Armenia and Azerbaijan signed a protocol" (placed by the signer's country) and
 * "… signed the document in Tbilisi" are one signing, held abroad.
 * A meeting mention naming nobody ("the two sides discussed") repeats the article's only meeting, if it has one. */
function mergeMeetings(events: DraftEvent[]): DraftEvent[] {
  const meeting = (e: DraftEvent) => e.type === 'CONSULT' && !e.negated;
  const signing = (e: DraftEvent) => e.type === 'AGREE' && e.mode === 'sign' && !e.negated;
  const keyOf = (e: DraftEvent) => (known(e.actor) && (meeting(e) || signing(e)) ? `${e.type}:${pairKey(e)}` : '');
  const keys = new Set(events.filter(meeting).map(keyOf).filter(Boolean));
  const hosts = new Map<string, DraftEvent>();
  const out: DraftEvent[] = [];
  for (const e of [...events].sort((a, b) => a.evidence.start - b.evidence.start)) {
    const key = keyOf(e);
    const anonymous = !key && meeting(e) && !e.actor && !known(e.target) && keys.size === 1;
    // A meeting told apart ("من جهة ثانية اجتمع …") opens a new happening even with the same pair.
    const apart = !!key && !e.backref && opensSeparately(e);
    const host = apart ? undefined : key ? hosts.get(key) : anonymous ? hosts.get([...keys][0]) : undefined;
    if (!host) {
      if (key) hosts.set(key, e);
      out.push(e);
      continue;
    }
    const better = !anonymous ? placeRank(e.place) > placeRank(host.place) : !host.place;
    const place = better ? e.place : host.place;
    absorb(host, e, false);
    host.place = place;
  }
  return out;
}

/** Merges drafts of one article (in text order) into one event per happening. */
export function mergeEvents(drafts: DraftEvent[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  // The clauses each happening was read from: mentions of one clause add up their figures.
  const clauses = new Map<DraftEvent, Set<number>>();
  // The clause whose mentions gave each happening its killed figure.
  const countSource = new Map<DraftEvent, number>();
  // The figures that mentions from other clauses told of each happening (round-up-tolls.ts).
  const later = new Map<DraftEvent, number[]>();
  // Located events first, so an unlocated mention folds into the happening it repeats rather than the reverse.
  // Back-references ("هذا القصف", "the blast") come last and fold into the latest earlier happening of their type.
  // Specific places before country-level ones, so a country summary ("30 killed across Yemen") folds into the
  // located happening instead of lending it its figures.
  const rank = (d: DraftEvent) => (!d.place ? 2 : d.place.kind === 'country' ? 1 : 0);
  const ordered = [...drafts].sort(
    (a, b) => Number(a.backref) - Number(b.backref) || rank(a) - rank(b) || a.evidence.start - b.evidence.start,
  );
  for (const e of ordered) {
    const latest = e.backref
      ? out
          .filter((o) => o.type === e.type && o.evidence.start < e.evidence.start)
          .sort((a, b) => b.evidence.start - a.evidence.start)[0]
      : undefined;
    // "مدفعية القوات السعودية ترد على مصدر تلك القذائف داخل محافظة صعدة": a back-reference placed apart from the
    // happening it points to is the answer to it, told at its own scene, not a repeat of it.
    const ownScene =
      e.type === 'ASSAULT' && ARABIC_SCRIPT.test(e.evidence.text) && e.trace.placeRule === 'nearest in clause';
    const earlier = latest && !(ownScene && placedApart(latest.place, e.place)) ? latest : undefined;
    const fresh = !e.backref && (announcesAnother(e) || opensSeparately(e));
    // Everything but the place: a link line's mention may join the lead across places (link-line.ts).
    const agrees = (o: DraftEvent) =>
      o.type === e.type &&
      !englishApart(o, e) &&
      !arabicSpeakersApart(o, e) &&
      !datesApart(o, e) &&
      o.negated === e.negated &&
      (!fresh || clauses.get(o)!.has(e.evidence.start)) &&
      (actorsCompatible(o.actor, e.actor) ||
        oneSide(o, e) ||
        clauseActorsJoin(o, e, clauses.get(o)!.has(e.evidence.start))) &&
      (rolesCompatible(o, e) || clauses.get(o)!.has(e.evidence.start)) &&
      modesCompatible(o, e) &&
      // An answer ("ردّ عليه الجيش بغارة") joins only the other mentions of that answer (reply-act.ts).
      (!answersAnother(e) || answersAnother(o));
    const fits = (o: DraftEvent) => agrees(o) && placesCompatible(o, e);
    // A clause reports one happening per type: its other triggers join the happening it already fed.
    // A closing link line repeats the headline: a mention no happening fits is the lead's, wherever it is placed.
    const fitting = earlier ?? out.find((o) => fits(o) && clauses.get(o)!.has(e.evidence.start)) ?? out.find(fits);
    const lead = fitting ? undefined : restatedLead(e, out.filter(agrees));
    const host = fitting ?? lead;
    const copy = { ...e, trace: { ...e.trace, cues: [...e.trace.cues], countCues: [...e.trace.countCues] } };
    // "Fighters attacked a convoy … The army repelled the attack and neutralised twenty assailants": the doers'
    // dead are no toll of the happening first told in another clause.
    if (host && e.killedDoers && Math.min(...clauses.get(host)!) !== e.evidence.start) {
      copy.killed = null;
      copy.killedTotal = false;
    }
    if (host) {
      // Mentions add up only within the clause that gave the happening its figures: once a lead's summary
      // ("قتل 30 في سلسلة تفجيرات") has joined a happening that already had its own toll, the summary's other
      // triggers are not that clause's mentions and may not raise the toll to the summary's.
      const source = countSource.get(host);
      const sameClause =
        clauses.get(host)!.has(e.evidence.start) && (source === undefined || source === e.evidence.start);
      // "Forces ended the siege after killing all five gunmen who had stormed it … At least nine people were killed
      // in the attack": a later clause's toll replaces a figure that only counted the doers.
      if (!sameClause && host.killedDoers && !e.killedDoers && copy.killed !== null)
        [host.killed, host.killedTotal, host.killedDoers] = [null, false, false];
      const before = host.killed;
      const misread = !rolesCompatible(host, e);
      if (!sameClause && copy.killed !== null) later.set(host, [...(later.get(host) ?? []), copy.killed]);
      absorb(host, copy, sameClause);
      if (lead) lead.place = sharperRestated(lead.place, e.place);
      if (misread) dropDoerAsTarget(host);
      clauses.get(host)!.add(e.evidence.start);
      if (host.killed !== before || (source === undefined && host.killed !== null))
        countSource.set(host, e.evidence.start);
    } else {
      out.push(copy);
      clauses.set(copy, new Set([e.evidence.start]));
      if (copy.killed !== null) countSource.set(copy, e.evidence.start);
    }
  }
  // Happenings in the order the article first tells them, not where their best evidence sits: a closing link line
  // repeating the headline ("رابط الخبر: مقتل 3 في انفجار") must not move the lead's happening behind later ones.
  const firstTold = (d: DraftEvent) => Math.min(...clauses.get(d)!);
  // A count-less twin of a counted happening at its town or province is that happening (count-twins.ts).
  const folded = foldCountTwins(out, (host, twin) => {
    const place = placeRank(twin.place) > placeRank(host.place) ? twin.place : host.place;
    absorb(host, twin, false);
    host.place = place;
    for (const c of clauses.get(twin)!) clauses.get(host)!.add(c);
  });
  out.splice(0, out.length, ...folded);
  breakDownRoundUps(out, later, firstTold);
  // The sentence of the clause that gave each happening its killed figure.
  const sentenceOf = new Map(drafts.map((d) => [d.evidence.start, d.sentence]));
  const tollSentence = (d: DraftEvent) => sentenceOf.get(countSource.get(d) ?? d.evidence.start) ?? d.sentence;
  return lendCrackdownTolls(
    lendSiblingTolls(
      inferArticleActors(
        mergeMeetings(out).sort((a, b) => firstTold(a) - firstTold(b) || a.trigger.start - b.trigger.start),
      ),
    ),
    tollSentence,
  );
}
