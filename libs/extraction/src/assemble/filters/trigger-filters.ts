// Triggers that are not reported happenings: topics of a statement, genre exclusions, background, questions,
// intentions, purposes, backdrops, adjectives, irrealis, accidents and death words without a toll (Arabic-only
// frames live in arabic-non-events.ts and arabic-idiom-frames.ts).
import { genreExcludes, naturalDisaster } from '../../context/article-genre';
import { eulogyExcludes } from '../../context/eulogy';
import { genreContest } from '../../context/genre-contests';
import { backgroundCue } from '../../patterns/background-cues';
import { practiceNoun } from './arabic-practice-nouns';
import { counterfactualCue } from '../../patterns/counterfactual-cues';
import { standingStance } from '../../patterns/standing-stances';
import { irrealisCue } from '../../patterns/context-cues';
import type { TriggerMatch } from '../../patterns/match-triggers';
import { operationPurpose } from '../../patterns/purpose-clauses';
import { frameCue } from '../../patterns/topic-frame';
import {
  isBackdrop,
  isCharacterization,
  isEnglishAdjective,
  isCountedAdjective,
  isHyphenCompound,
  isPurposeMasdar,
} from '../../patterns/trigger-frame';
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import { hasWord } from '../../text/word-sets';
import { AR_SETTLEMENT_NOUNS } from '../locative';
import type { ArticleContext, ClauseContext } from '../draft-context.types';
import { MATERIAL } from '../event-classes';
import { conjoinedOpener } from '../conjoined-opening';
import { inNonEventFrame } from './non-event-frames';
import { mootArabicAct } from './arabic-moot-acts';
import { agreedStepBack, announcedDecision } from './english-declared-now';
import { campaignFight } from './arabic-campaign-nouns';
import { heldOrDescribed } from './arabic-held-stances';
import { upcomingAct } from './future-frames';
import {
  isDefendantCrowd,
  isForecastWarning,
  isHazardAct,
  isProtestDemand,
  isWithholding,
} from './english-trigger-frames';
import { aimedAid, pavedWayAct, plottedAct, tomorrowAct } from './unrealized-acts';
import { mentionedAct } from './english-mentioned-act';
import { judgedAct } from './english-judged-acts';
import { praisedRecord } from './english-praised-record';
import { untilAim } from './english-until-aims';
import { recalledEnglishAct } from './english-recalled-acts';
import {
  isHandledDevice,
  isPeriodTotal,
  isPrayer,
  isVerbalAttack,
  ownMeeting,
  receivesCrowd,
  withGenericPartner,
} from './arabic-non-events';
import {
  answeredCall,
  appliesTo,
  characterizedThreat,
  greetedGuests,
  groundsForFeeling,
  heldDemands,
  letUs,
  turnoutCall,
} from './arabic-idiom-frames';
import { comesAfterAct, explainedAct, picturedAct, recalledAct } from './arabic-earlier-acts';
import { notedAside } from './arabic-noted-asides';
import { vagueSpeaker } from './arabic-vague-speakers';
import { statementBackdrop } from './arabic-statement-backdrops';
import { staffCourtesy } from './arabic-staff-courtesies';
import { remarkTopic } from './arabic-remark-topics';
import { unheldMeeting } from './arabic-unheld-meetings';
import { untrueAdjective } from './arabic-untrue-adjective';
import { officeTitle } from './arabic-office-titles';
import { violationKind } from './arabic-violation-kinds';
import { delayedAbility } from './arabic-delayed-ability';
import { yearHeadedEntry } from './year-headed-entries';
import { describingClause } from './arabic-describing-clause';
import { plannedCooperation } from './arabic-manner-phrases';
import { reopenedFacility } from './arabic-reopened-facilities';
import { figurativeEasing } from './arabic-easing-senses';
import type { TriggerCounts } from '../counts/read-counts';
import { killsPeople } from './arabic-killed-people';
import { foiledAct } from './arabic-foiled-acts';
import { dangerWarning } from './arabic-warnings';
import { fearedAct } from './arabic-feared-acts';

// Kept importable from here for the specs that test it through this module.
export { receivesCrowd } from './arabic-non-events';

const AR_AUTHORITIES = new Set(
  'وزير الوزير وزارة الوزارة خادم الملك ولي الحكومة حكومة الرئيس أمير'.split(' ').map(foldWord),
);
const APPEAL_WINDOW = 4;

// Statements that a holder of state power makes or is the addressee of.
const AUTHORITY_STATEMENTS = new Set(['REQUEST', 'REJECT', 'ACCUSE']);

/** "طالبوا فيه وزير التعليم بالتدخل العاجل", "نفى عزام الدخيل وزير التعليم ما يتم تداوله": in a society report a
 * demand, denial or accusation whose addressee or speaker (within four words after the trigger) holds state power is
 * political; calls on pupils, patients or the public stay dropped. */
function appealToAuthority(tokens: Token[], trigger: TriggerMatch): boolean {
  if (!AUTHORITY_STATEMENTS.has(trigger.spec.type)) return false;
  for (let k = trigger.end; k < Math.min(tokens.length, trigger.end + APPEAL_WINDOW); k++)
    if (AR_AUTHORITIES.has(tokens[k].norm) || tokens[k].stems.some((x) => AR_AUTHORITIES.has(x))) return true;
  return false;
}

/** True when the trigger is excluded by the article's genre, or is violence in a natural-disaster report. */
export function excludedByGenre(article: ArticleContext, trigger: TriggerMatch): boolean {
  if (!article.arabic && trigger.spec.type === 'ASSAULT' && naturalDisaster(article.tokens)) return true;
  // A resignation is no figure of speech: a chief executive who quits in a business report has resigned.
  if (article.genre.genre === 'markets' && trigger.spec.mode === 'resign') return false;
  if (article.genre.genre === 'society' && appealToAuthority(article.tokens, trigger)) return false;
  if (article.arabic && eulogyExcludes(article.tokens, trigger.spec.type)) return true;
  // A demand or accusation in a society, culture or service report is a contest, not a courtesy (genre-contests.ts).
  if (article.arabic && genreContest(article.genre.genre, trigger.spec.mode) === 'kept') return false;
  return genreExcludes(article.genre.genre, article.genre.security, trigger.spec.type);
}

/** A sports report's demand or accusation that the genre would drop: it stays only when its actor, attached later,
 * holds state power (genre-contests.ts). */
export function contestAwaitsActor(article: ArticleContext, trigger: TriggerMatch): boolean {
  return (
    article.arabic &&
    genreContest(article.genre.genre, trigger.spec.mode) === 'authority' &&
    excludedByGenre(article, trigger)
  );
}

/** Background or intention. A threat is the announcement of an act to come, so a future modal before it ("would
 * act against any threat", "سوف نرد") frames the threat itself: the statement is the happening. */
function isBackground(article: ArticleContext, clause: ClauseContext, trigger: TriggerMatch): boolean {
  // "…في عام 1995، وهددوه بالقتل": a verb opening its own ", و" stretch is not dated by a time before the comma.
  const opens =
    article.arabic &&
    trigger.spec.voice === 'verb' &&
    trigger.first > clause.cFirst &&
    conjoinedOpener(article.text, article.tokens, trigger.first);
  const cue = backgroundCue(
    article.tokens,
    trigger.first,
    { first: clause.cFirst, end: clause.cEnd, stretchFirst: opens ? trigger.first : undefined },
    clause.sFirst,
    article.articleYear,
    article.nameEnds,
    article.articleMonth,
  );
  if (!cue) return false;
  if (trigger.spec.type === 'THREATEN' && cue.startsWith('intent:')) return false;
  // What is feared ("مخاوف من أن تشهد المدينة غارات") frames acts; a statement in that clause is still made.
  if (cue.startsWith('feared:') && !MATERIAL.has(trigger.spec.type)) return false;
  return !(ANNOUNCED_MODALS.has(cue) && announcedDecision(article.tokens, trigger, clause.cFirst));
}

const ANNOUNCED_MODALS = new Set(['intent:would', 'intent:will']);
const MODALS = new Set(['would', 'will']);

/** Arabic idioms whose statement word names no statement (arabic-idiom-frames.ts). */
function arabicIdiom(tokens: Token[], trigger: TriggerMatch, cFirst: number, cEnd: number): boolean {
  return (
    characterizedThreat(tokens, trigger, cFirst) ||
    answeredCall(tokens, trigger) ||
    greetedGuests(tokens, trigger, cEnd) ||
    groundsForFeeling(tokens, trigger) ||
    letUs(tokens, trigger) ||
    heldDemands(tokens, trigger) ||
    turnoutCall(tokens, trigger, cEnd) ||
    appliesTo(tokens, trigger, cEnd)
  );
}

/** True when the trigger, with its own counts, is no reported happening (codebook: not events). */
export function notAHappening(
  article: ArticleContext,
  clause: ClauseContext,
  trigger: TriggerMatch,
  own: TriggerCounts,
): boolean {
  const { tokens } = article;
  const { cFirst, cEnd } = clause;
  const type = trigger.spec.type;
  // Background, intentions and questions are not reported happenings (codebook: not events).
  if (clause.question || isBackground(article, clause, trigger)) return true;
  const noun = trigger.spec.voice === 'noun';
  if (frameCue(tokens, trigger, cFirst, own.killed !== null || own.injured !== null)) return true;
  if (inNonEventFrame(article.text, tokens, trigger, cFirst)) return true;
  if (upcomingAct(tokens, trigger, cEnd)) return true;
  if (article.arabic && tomorrowAct(tokens, trigger, clause.sFirst, cEnd)) return true;
  if (
    noun &&
    isPurposeMasdar(tokens, trigger.first, foldWord(trigger.spec.words[0])) &&
    !(type === 'COERCE' && operationPurpose(tokens, trigger.first, cFirst))
  )
    return true;
  if (
    noun &&
    type === 'CONSULT' &&
    isBackdrop(tokens, trigger.first, cFirst) &&
    !ownMeeting(article, tokens[trigger.first])
  )
    return true;
  if (article.arabic && isVerbalAttack(tokens, trigger, cEnd)) return true;
  if (article.arabic && receivesCrowd(tokens, trigger, cEnd)) return true;
  if (
    article.arabic &&
    (withGenericPartner(tokens, trigger, cEnd) || plannedCooperation(tokens, trigger, cFirst, cEnd))
  )
    return true;
  if (article.arabic && isPeriodTotal(tokens, trigger, cEnd)) return true;
  if (article.arabic && (isHandledDevice(tokens, trigger, cFirst) || foiledAct(tokens, trigger))) return true;
  if (article.arabic && isPrayer(tokens, trigger, cEnd)) return true;
  // Ruled-out, forecast and aimed acts, dropped charges, interviews by phone (arabic-moot-acts.ts).
  if (article.arabic && mootArabicAct(tokens, trigger, cFirst, cEnd)) return true;
  // "شركاء في المعركة ضد داعش": the campaign someone is in, not a clash (arabic-campaign-nouns.ts).
  if (article.arabic && campaignFight(tokens, trigger)) return true;
  // "مثل الاعتقال الإداري", "الاعتقالات التي تقوم بها": a practice, not a happening (arabic-practice-nouns.ts).
  if (article.arabic && practiceNoun(tokens, trigger, cFirst, cEnd)) return true;
  if (article.arabic && heldOrDescribed(tokens, trigger, cFirst)) return true;
  if (article.arabic && arabicIdiom(tokens, trigger, cFirst, cEnd)) return true;
  // Earlier, pictured, plotted or hoped-for acts and statements by "some people" (arabic-earlier-acts.ts,
  // unrealized-acts.ts, arabic-vague-speakers.ts).
  if (article.arabic && (comesAfterAct(tokens, trigger, clause.sFirst) || recalledAct(tokens, trigger, cFirst)))
    return true;
  // A sentence opened by "يذكر أن" / "تجدر الإشارة إلى أن" recalls background (arabic-noted-asides.ts).
  if (article.arabic && notedAside(tokens, trigger, clause.sFirst)) return true;
  if (article.arabic && (picturedAct(tokens, trigger, cFirst) || explainedAct(tokens, trigger, cFirst))) return true;
  if (
    article.arabic &&
    (plottedAct(tokens, trigger, cFirst) || aimedAid(tokens, trigger) || pavedWayAct(tokens, trigger))
  )
    return true;
  if (article.arabic && vagueSpeaker(tokens, trigger)) return true;
  // Held so far, told as a cause, an expert's view, the grounds of an act (arabic-statement-backdrops.ts).
  if (article.arabic && statementBackdrop(tokens, trigger)) return true;
  if (article.arabic && dangerWarning(article, trigger, cEnd)) return true;
  if (article.arabic && fearedAct(tokens, trigger, cFirst)) return true;
  if (article.arabic && staffCourtesy(article.text, tokens, trigger, clause.sFirst)) return true;
  if (article.arabic && counterfactualCue(article.text, tokens, trigger.first, clause.sFirst)) return true;
  if (article.arabic && remarkTopic(article.text, tokens, trigger, clause.sFirst)) return true;
  if (article.arabic && untrueAdjective(tokens, trigger)) return true;
  if (article.arabic && officeTitle(tokens, trigger)) return true;
  // "ويبحث الاجتماع ...", "لعقد قمة": a meeting's agenda or plan (arabic-unheld-meetings.ts).
  if (article.arabic && unheldMeeting(tokens, trigger)) return true;
  if (article.arabic && violationKind(tokens, trigger, clause.sFirst)) return true;
  if (article.arabic && delayedAbility(tokens, trigger, clause.sFirst)) return true;
  if (article.arabic && yearHeadedEntry(article.text, tokens, clause.sFirst, article.articleYear)) return true;
  if (article.arabic && describingClause(article, trigger, cFirst)) return true;
  if (article.arabic && reopenedFacility(tokens, trigger, cEnd)) return true;
  if (article.arabic && figurativeEasing(tokens, trigger)) return true;
  if (article.arabic && standingStance(tokens, trigger.first, type, trigger.spec.voice)) return true;
  if (!article.arabic && isEnglishAdjective(tokens, trigger.first)) return true;
  if (
    !article.arabic &&
    (type === 'COERCE' || type === 'RETREAT') &&
    isCountedAdjective(article.text, tokens, trigger.first)
  )
    return true;
  if (!article.arabic && isForecastWarning(tokens, trigger, cEnd)) return true;
  if (!article.arabic && isHazardAct(tokens, trigger, cFirst)) return true;
  if (!article.arabic && isProtestDemand(tokens, trigger, cFirst)) return true;
  if (!article.arabic && isDefendantCrowd(tokens, trigger)) return true;
  if (!article.arabic && isWithholding(tokens, trigger, cEnd)) return true;
  if (!article.arabic && isHyphenCompound(article.text, tokens, trigger.first)) return true;
  if (!article.arabic && noun && isCharacterization(tokens, trigger.first, cFirst)) return true;
  if (!article.arabic && mentionedAct(tokens, trigger)) return true;
  if (!article.arabic && MATERIAL.has(type) && judgedAct(tokens, trigger)) return true;
  if (!article.arabic && praisedRecord(tokens, trigger)) return true;
  if (!article.arabic && untilAim(tokens, trigger, cFirst)) return true;
  // "revived memories of July last year, when … air strikes": a recalled act (english-recalled-acts.ts).
  if (!article.arabic && recalledEnglishAct(article.text, tokens, trigger, clause.sFirst, article.articleYear))
    return true;
  if (MATERIAL.has(type) || type === 'SANCTION') {
    const irrealis = irrealisCue(tokens, trigger.first, cFirst);
    if (
      irrealis &&
      !(MODALS.has(irrealis) && announcedDecision(tokens, trigger, cFirst)) &&
      !(irrealis === 'to' && agreedStepBack(tokens, trigger))
    )
      return true;
  }
  // "مقاطعة نوالباراسي", "مقاطعة كيبيك": before a place name the word is a district or province, not a boycott.
  if (trigger.spec.mode === 'boycott' && article.places.some((p) => p.first === trigger.end)) return true;
  // "في منطقة الزيارة في سهل الغاب": after a settlement noun a word the gazetteer places is the town's name.
  if (
    article.arabic &&
    hasWord(tokens[trigger.first - 1], AR_SETTLEMENT_NOUNS) &&
    article.places.some((p) => p.first === trigger.first)
  )
    return true;
  if (trigger.spec.killing && clause.accident) return true;
  // A bare death word without a toll ("أعمال القتل") is background, not a reported attack; nor is "no one
  // was killed" an attack of its own; an Arabic killing verb with a people object ("قتلت المدنيين") is one.
  if (trigger.spec.killing && !own.killed && !(article.arabic && killsPeople(tokens, trigger))) return true;
  return false;
}
