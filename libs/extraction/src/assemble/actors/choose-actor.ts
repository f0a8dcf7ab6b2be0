// Chooses who did it. Arabic news mixes VSO ("اقتحمت قوات درع الفرات") and SVO ("طهران دفعت"); a masdar takes
// its actor in an idafa right after it ("قصف ميليشيات النظام"); English puts the subject first and the agent of a
// passive after "by". Civilians and the media are never the actor of a material event; neither are the objects of
// prepositions, victims ("مقتل عناصر داعش") or the sources a claim is attributed to (actor-roles.ts). When the
// dictionary names no subject, a plain agent phrase of the text stands in (raw-subject.ts).
import type { Token } from '../../text/tokenize';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { diedBetween, isArabicPassive, isGoverned, isVictim } from '../clause/actor-roles';
import { isAddressee, isSpeaker } from '../clause/actor-sources';
import { ownerOfForces } from './english-owner';
import { rawSubject } from '../clause/raw-subject';
import { AR_FIRST_PERSON_CALLS } from '../../patterns/ar/verbal.patterns';
import { AR_FIRST_PERSON_SUPPORT } from '../../patterns/ar/stance-phrases.patterns';
import { reportsOwnAct } from './self-report';
import { outletCarriesReport, ownsOutlet } from '../clause/outlet-roles';
import { afterByThe, isReducedPassive, sharesPassive } from './english-passive';
import { nameBeforeHead } from './english-name-head';
import { addressedByLam, resumesStatement, undergoes } from '../clause/subject-verbs';
import { protesterNoun } from './protester-noun';
import { afterMeansFrom } from './means-agent';
import { behindComplementizer, relativeOnNoun } from './arabic-clause-bounds';
import { isPredicateRejection } from './predicate-rejection';
import { donorAfterGiven } from './aid-donor';
import { rescueServiceUsingForce } from './rescue-service';
import { passingVictim } from './passing-victim';
import { relativeAntecedent, relativeClauseSubject } from './relative-antecedent';
import type { ActorSlots } from './actor-slots';
import { pickEnglishActiveActor } from './english-actor-slots';
import { pickArabicMasdarActor } from './arabic-masdar-actor';
import { pickArabicVerbActor } from './arabic-verb-actor';
import { pickPassiveActor } from './passive-actor';
import { arabicAgentMarkerAt, fighterHead } from './arabic-fighter-heads';
import { startingWithin } from '../spans-in-order';

const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'AID', 'SANCTION']);
const ARMED_KINDS = new Set(['military', 'police', 'armed_group', 'rebels', 'militia']);
const AGENT_MARKERS = new Set(['قبل', 'يد', 'بواسطة', 'by', 'برصاص', 'رصاص', 'بنيران', 'نيران']);
const BREAK = /[.؟?!؛;:]/;
const SVO_BREAK = /[.؟?!؛;:،,]/;
const FIRST_PERSON = new Set([...AR_FIRST_PERSON_CALLS, ...AR_FIRST_PERSON_SUPPORT]);
// Attack masdars whose idafa is the attacker (قصف القوات, غارات التحالف, هجوم داعش).
const ATTACK_MASDARS = new Set(['قصف', 'غاره', 'غارات', 'هجوم', 'هجمات']);

export interface ActorChoice {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
}

function eligible(a: Span<ActorLike>, type: string): boolean {
  if (MATERIAL.has(type) && (a.value.kind === 'civilians' || a.value.kind === 'media')) return false;
  return !rescueServiceUsingForce(a.value, type);
}

/** An Arabic verb read as passive (قُتل، اُغتيل) or a death verb whose subject died (استشهد، لقي حتفه). */
function isArabicPassiveVerb(tokens: Token[], trigger: TriggerMatch): boolean {
  return isArabicPassive(tokens[trigger.first]);
}

function gapText(text: string, from: number, to: number): string {
  return from < to ? text.slice(from, to) : '';
}

/** Picks actor and target for a trigger among actor spans of its clause [clauseFirst, clauseEnd). */
export function chooseActor(
  text: string,
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseFirst: number,
  clauseEnd: number,
  arabic: boolean,
): ActorChoice {
  const type = trigger.spec.type;
  // "ونناشدهم بأن يكون عملهم جديا", "أكدت له تضامني معه": a first-person verb or masdar has no subject in its clause
  // (the names near it are its addressees or objects); its speaker is the sentence's (attach-actor.ts).
  if (arabic && FIRST_PERSON.has(trigger.spec.phrase)) return { actor: null, target: null, rule: null };
  // "أكد X أن الأخبار ... غير صحيحة": a rejection stated as a predicate is the speaker's; its clause names only what
  // was rejected (predicate-rejection.ts).
  if (arabic && isPredicateRejection(tokens, trigger)) return { actor: null, target: null, rule: null };
  const physical = MATERIAL.has(type) || type === 'PROTEST';
  // "المتظاهرين", "protesters": a protest noun that names people is its own actor.
  if (type === 'PROTEST') {
    const self = actors.find((a) => a.first < trigger.end && a.end > trigger.first && a.value.kind === 'civilians');
    if (self) return { actor: self, target: null, rule: 'protest noun' };
    const plain = arabic ? protesterNoun(text, tokens, trigger) : null;
    if (plain) return { actor: plain, target: null, rule: 'protest noun' };
  }
  // "المعونة ... مقدمة من مركز الملك سلمان": the donor after a participle of giving (aid-donor.ts).
  const donor = arabic ? donorAfterGiven(text, tokens, trigger, actors, clauseEnd) : null;
  if (donor) return { actor: donor, target: null, rule: 'donor after مقدمة من' };
  // A gapped phrase (دفع الجيش بتعزيزات, فرضت السعودية عقوبات) holds its subject inside the gap: only the head word counts.
  if (trigger.spec.words.includes('~'))
    trigger = { ...trigger, end: trigger.first + 1, stop: tokens[trigger.first].end };
  // "مسلحي تنظيم الدولة (داعش)": a name glossed in brackets right after another is that mention, not a new one.
  // Only names ending inside the clause can stand right before one of it (read once, not once per name).
  const heads = actors.filter((b) => b.end >= clauseFirst && b.end <= clauseEnd);
  const gloss = (a: Span<ActorLike>) =>
    heads.some((b) => b.end === a.first && /^\s*\(\s*$/.test(gapText(text, b.stop, a.start)));
  const inClause = startingWithin(actors, clauseFirst, clauseEnd + 1).filter(
    (a) =>
      a.first >= clauseFirst && a.end <= clauseEnd && (a.end <= trigger.first || a.first >= trigger.end) && !gloss(a),
  );
  const before = inClause.filter((a) => a.end <= trigger.first).reverse();
  const following = inClause.filter((a) => a.first >= trigger.end);
  const after = arabic && resumesStatement(tokens, trigger) ? [] : following;
  const clash = trigger.spec.mode === 'armed-clash';
  // Who cannot be the doer: victims and, for physical events, the sources of a claim.
  const okOf = (a: Span<ActorLike>) =>
    eligible(a, type) &&
    !isAddressee(tokens, a) &&
    // "قال X لرويترز إن", "علمت «عكاظ» أن": an outlet carrying a statement did not do what it reports.
    !(outletCarriesReport(tokens, a, trigger) && !reportsOwnAct(tokens, a, trigger)) &&
    // "Lebanon's state news agency said artillery shells landed": the owner of the reporting outlet is no party.
    !(!arabic && ownsOutlet(tokens, a)) &&
    !(
      physical &&
      (isVictim(tokens, a, trigger) || (isSpeaker(tokens, a, type) && !reportsOwnAct(tokens, a, trigger)))
    ) &&
    !(a.end <= trigger.first && physical && diedBetween(tokens, a.end, trigger.first)) &&
    !(physical && undergoes(tokens, a, trigger, text)) &&
    !(arabic && !physical && addressedByLam(text, tokens, trigger, a)) &&
    !(arabic && physical && behindComplementizer(tokens, a, trigger) && !reportsOwnAct(tokens, a, trigger)) &&
    !(arabic && relativeOnNoun(tokens, trigger, a)) &&
    !(arabic && physical && passingVictim(text, tokens, a)) &&
    !(arabic && relativeClauseSubject(tokens, a));
  // The cascades ask the same candidates again and again (subj, loose and each rule's own find): one answer each.
  const okSeen = new Map<Span<ActorLike>, boolean>();
  const ok = (a: Span<ActorLike>): boolean => {
    let v = okSeen.get(a);
    if (v === undefined) okSeen.set(a, (v = okOf(a)));
    return v;
  };
  const selfReport = (a: Span<ActorLike>) => eligible(a, type) && reportsOwnAct(tokens, a, trigger);
  // A subject is never the object of a preposition (clashes "with X" still name a side as a last resort).
  const subj = (a: Span<ActorLike>) => ok(a) && !isGoverned(tokens, a);
  const loose = (a: Span<ActorLike>) => ok(a) && (clash || !isGoverned(tokens, a));
  const marked = (a: Span<ActorLike>) =>
    eligible(a, type) &&
    dAfter(a) <= 6 &&
    (arabicAgentMarkerAt(tokens, a.first - 1, AGENT_MARKERS) ||
      (arabic && fighterHead(tokens[a.first - 1]) && arabicAgentMarkerAt(tokens, a.first - 2, AGENT_MARKERS)) ||
      afterByThe(tokens, a) ||
      (arabic && afterMeansFrom(tokens, a)));
  const dBefore = (a: Span<ActorLike>) => trigger.first - a.end;
  const dAfter = (a: Span<ActorLike>) => a.first - trigger.end;
  const gap = (a: Span<ActorLike>) =>
    a.end <= trigger.first ? gapText(text, a.stop, trigger.start) : gapText(text, trigger.stop, a.start);
  const clean = (a: Span<ActorLike>) => !BREAK.test(gap(a));
  const tight = (a: Span<ActorLike>) => !SVO_BREAK.test(gap(a));
  const english = !arabic;
  let actor: Span<ActorLike> | null = null;
  let rule: string | null = null;
  const pick = (a: Span<ActorLike> | null | undefined, r: string) => {
    if (!actor && a) {
      actor = a;
      rule = r;
    }
  };
  const voice = trigger.spec.voice;
  // "Israeli warplanes also struck", "Turkish drones": a means noun read as the trigger inside an armed mention is
  // that mention's own weapon, so the mention acted (it is left out of the clause's candidates above).
  if (english && MATERIAL.has(type) && voice === 'noun')
    pick(
      actors.find((a) => a.first < trigger.first && a.end >= trigger.end && ARMED_KINDS.has(a.value.kind)),
      'owner of the means',
    );
  // "was suspending", "were firing": a progressive, not a passive (its subject acts).
  const englishPassive =
    english &&
    ((['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(tokens[trigger.first - 1]?.norm ?? '') &&
      !/ing$/.test(tokens[trigger.first].norm)) ||
      isReducedPassive(tokens, trigger) ||
      sharesPassive(tokens, trigger, clauseFirst));
  const raw = () => rawSubject(text, tokens, trigger, clauseFirst, clauseEnd, arabic);
  const slots: ActorSlots = {
    text,
    tokens,
    trigger,
    type,
    physical,
    actors,
    clauseFirst,
    clauseEnd,
    inClause,
    before,
    after,
    following,
    eligible: (a) => eligible(a, type),
    ok,
    subj,
    loose,
    marked,
    selfReport,
    dBefore,
    dAfter,
    clean,
    tight,
    raw,
    pick,
    picked: () => actor !== null,
    voice,
  };
  // "وأشاد بالتحالف الذي شن غارات على مواقع الحوثيين": the antecedent of a relative verb is its subject.
  if (arabic) {
    const host = relativeAntecedent(tokens, trigger, actors);
    if (host && ok(host)) pick(host, 'antecedent of the relative verb');
  }
  if (voice === 'passive' || englishPassive || (arabic && voice === 'verb' && isArabicPassiveVerb(tokens, trigger))) {
    pickPassiveActor(slots, arabic);
  } else if (english) pickEnglishActiveActor(slots);
  else if (voice === 'noun') pickArabicMasdarActor(slots);
  else pickArabicVerbActor(slots);
  let chosen = actor as Span<ActorLike> | null;
  // "X said that its fighters had captured": the owner of the forces acted.
  const owner =
    english && chosen ? (ownerOfForces(tokens, chosen, before) ?? nameBeforeHead(text, chosen, actors)) : null;
  if (owner) {
    chosen = owner;
    rule = 'owner of its forces';
  }
  // Coordinated subjects ("Saudi Arabia and Egypt signed", "السعودية ومصر"): the first conjunct leads.
  while (chosen && chosen.end <= trigger.first) {
    const lead = before.find(
      (a) =>
        (a.end <= chosen!.first &&
          chosen!.first - a.end <= 1 &&
          (tokens[a.end]?.norm === 'and' || tokens[chosen!.first].norm.startsWith('و'))) ||
        // "Opposition parties and rights groups accused": a plain phrase read as subject is the last conjunct; the
        // named first conjunct (its head noun may follow the name) leads.
        (chosen!.value.id.startsWith('text:') &&
          tokens[chosen!.first - 1]?.norm === 'and' &&
          a.end < chosen!.first &&
          chosen!.first - 1 - a.end <= 1 &&
          !SVO_BREAK.test(gapText(text, a.stop, chosen!.start))),
    );
    if (!lead) break;
    // "قتل ثلاثة عناصر من الجيش والشرطة": a later conjunct shares the first one's role; a victim's or a source's
    // conjunct is no doer either.
    if (!ok(lead)) {
      chosen = null;
      rule = null;
      break;
    }
    chosen = lead;
  }
  // "مقتل 9 أشخاص في قصف القوات الحكومية": the idafa of an attack masdar names who attacked, never the one hit.
  // "في غارة جوية لطيران التحالف": an adjective may sit between the masdar and its attacker.
  const masdarAt = (k: number) => !!tokens[k]?.stems.some((s) => ATTACK_MASDARS.has(s));
  const attackerSlot = (a: Span<ActorLike>) =>
    masdarAt(a.first - 1) || (masdarAt(a.first - 2) && /^(?:ال)?..+(?:ي|يه)$/.test(tokens[a.first - 1].norm));
  const target =
    following.find(
      (a) =>
        a !== chosen &&
        (!chosen || a.value.id !== chosen.value.id) &&
        dAfter(a) <= 10 &&
        !attackerSlot(a) &&
        !(arabic && relativeClauseSubject(tokens, a)),
    ) ??
    (englishPassive ? before.find((a) => dBefore(a) <= 4) : undefined) ??
    null;
  return { actor: chosen, target, rule };
}
