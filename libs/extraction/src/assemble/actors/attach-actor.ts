// The actor (and target) of a trigger: the grammatical choice, else a nearby anaphor (التنظيم), the subject shared
// with the previous verb, or for statements the sentence's speaker; the verb memory is updated for the next one.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import { bomberNoun } from './bomber-noun';
import { chooseActor } from './choose-actor';
import type { ArticleContext, AssembleState, ClauseContext } from '../draft-context.types';
import { MATERIAL, VERBAL } from '../event-classes';
import { isGoverned } from '../clause/actor-roles';
import { outletCarriesReport, reportedSubject } from '../clause/outlet-roles';
import { foldWord, type Token } from '../../text/tokenize';
import { resolveActorAnaphor, resolveDefiniteHead, resolvePronounSubject } from './resolve-anaphor';
import { TEXT_ACTOR_PREFIX } from '../clause/raw-subject';
import {
  isCircumstantial,
  rememberVerb,
  reportedAfterSpeaker,
  sentenceSpeaker,
  sharedSubject,
} from '../clause/shared-subject';
import { isPredicateRejection, speakerPhrase } from './predicate-rejection';
import { securityAgent } from './security-agent';
import { englishSpokesmanBody, spokesmanBody } from './spokesman-body';
import { apposedName } from './apposed-name';
import { officeBeforeAdjectives } from './office-adjectives';
import { titleHolder } from './title-holder';
import { pronounAgreesWithVerb, pronounSubjectBefore } from './arabic-pronoun-subject';
import { englishGroupHead } from './english-group-head';
import { CARRIED_SUBJECT_RULE, droppedSubject } from './arabic-actor-dropped-subject';
import { delegationLeader } from './arabic-led-delegation';
import { MEETING_OUTCOME_RULE, meetingOutcomeActor } from './arabic-meeting-outcome';
import { AID_SPEAKER_RULE, aidSpeaker } from './aid-speaker-actor';
import { EXPEL_SPEAKER_RULE, expelSpeaker } from './expel-speaker-actor';
import { quoteSpeaker } from './english-quote-speaker';
import { reportingAuthority } from './reporting-authority';
import { quotedFirstPersonSpeaker, quotedFutureSpeaker } from './arabic-quoted-first-person';
import { judgingParticipleSpeaker } from './arabic-judging-participle';

export interface ActorAttachment {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
}

const PHYSICAL = new Set([...MATERIAL, 'PROTEST']);
const GROUP_KINDS = new Set(['armed_group', 'rebels', 'militia']);
// "قالت البحرين في بيان استدعاء سفيرها": a masdar owned by the statement noun reports the speaker's own act.
const STATEMENT_NOUNS = new Set(['بيان', 'بلاغ', 'اعلان'].map(foldWord));
const POSSESSIVE = /(?:ه|ها|هم|هما)$/;

/** "لقائه", "زيارتها", "اتصاله": a single-word masdar trigger carrying a possessive pronoun. */
export function possessiveMasdar(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.voice !== 'noun' || trigger.end - trigger.first !== 1) return false;
  const t = tokens[trigger.first];
  const surface = t.surface.replace(/[\u064B-\u0652\u0640]/g, '');
  const m = POSSESSIVE.exec(surface);
  if (!t.isArabic || !m || surface.endsWith('ة')) return false;
  const bare = t.norm.slice(0, t.norm.length - m[0].length);
  // The pronoun is a suffix only when the word without it is one of the token's readings (زيارت → زياره).
  return bare.length >= 3 && t.stems.some((x) => x === bare || x === bare.replace(/ت$/, 'ه'));
}

/** The first name of the sentence, right after its opening verb and not the object of a preposition. */
function openingSubject(
  tokens: Token[],
  actors: Span<ActorLike>[],
  trigger: TriggerMatch,
  sentenceFirst: number,
): Span<ActorLike> | null {
  const a = actors.find((x) => x.first >= sentenceFirst && x.end <= trigger.first);
  if (!a || a.first === sentenceFirst || a.first - sentenceFirst > 3 || isGoverned(tokens, a)) return null;
  // "علمت «عكاظ» أن رئيس الإقليم أبلغ ... رفضه": an outlet learning the news gives way to the reported subject.
  return outletCarriesReport(tokens, a, trigger) ? reportedSubject(tokens, actors, a, trigger) : a;
}

export function attachActor(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  trigger: TriggerMatch,
): ActorAttachment {
  const { text, tokens, actors, arabic } = article;
  const { cFirst, cEnd, si } = clause;
  const choice = chooseActor(text, tokens, trigger, actors, cFirst, cEnd, arabic);
  let actorSpan = choice.actor;
  let actorRule = choice.rule;
  let target = choice.target;
  // "وقال وزير الخارجية الأمريكي: «في حال خرق إيران الاتفاق سنرد»": a first-person future verb in a quotation is the
  // speaker's, not the act of a name before it inside the quoted words (arabic-quoted-first-person.ts).
  const future = arabic ? quotedFutureSpeaker(text, tokens, actors, trigger, clause.sFirst) : null;
  if (future) {
    actorSpan = future;
    actorRule = 'speaker of the quoted first person';
  }
  // "التنظيم تمكن من..." next to the trigger beats a distant guess.
  if (!actorSpan || actorRule?.startsWith('nearest')) {
    const anaphor = resolveActorAnaphor(tokens, actors, trigger, cFirst, cEnd);
    if (anaphor) {
      actorSpan = anaphor;
      actorRule = 'anaphor';
    }
  }
  // "رحب المجلس": a plain-text subject that is a named body's head noun stands for that body.
  if (arabic && actorSpan?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const named = resolveDefiniteHead(tokens, actors, actorSpan);
    if (named) {
      actorSpan = named;
      actorRule = 'named body of the head noun';
    }
  }
  // "the group denied": an English group's head noun stands for the group last named (english-group-head.ts).
  if (!arabic && actorSpan?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const named = englishGroupHead(tokens, actors, actorSpan);
    if (named) {
      actorSpan = named;
      actorRule = 'named group of the head noun';
    }
  }
  // "أعلن المدير التنفيذي لشركة توشيبا، هيساو تاناكا،": the holder named after the office (apposed-name.ts).
  if (arabic && actorSpan?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const holder = apposedName(text, tokens, actorSpan);
    if (holder) {
      actorSpan = holder;
      actorRule = 'name apposed to the office';
    }
  }
  // "ندد الرئيس التركي الاسلامي المحافظ": the office ends at its nationality (office-adjectives.ts).
  if (arabic && actorSpan?.value.id.startsWith(TEXT_ACTOR_PREFIX))
    actorSpan = officeBeforeAdjectives(text, tokens, actorSpan) ?? actorSpan;
  // "أشاد الرئيس الأميركي" after "الرئيس الأميركي باراك أوباما": the holder the article names with the office.
  if (arabic && actorSpan?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const holder = titleHolder(text, tokens, actors, actorSpan);
    if (holder) {
      actorSpan = holder;
      actorRule = 'holder of the office';
    }
  }
  // English "He called on ...", "It denied ...": the subject of an earlier sentence.
  if (!arabic && trigger.spec.type !== 'CONSULT' && !actorRule?.startsWith('agent')) {
    const pronoun = resolvePronounSubject(text, tokens, actors, trigger);
    if (pronoun) {
      actorSpan = pronoun;
      actorRule = 'subject pronoun';
    }
  }
  // "مؤكداً خلال لقائه المبعوث", "وجرى خلال اجتماعها": a masdar owned by a pronoun has no idafa agent; the pronoun
  // stands for the sentence's speaker or subject.
  if (arabic && !PHYSICAL.has(trigger.spec.type) && possessiveMasdar(tokens, trigger)) {
    const subject =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ?? openingSubject(tokens, actors, trigger, clause.sFirst);
    if (subject) {
      actorSpan = subject;
      actorRule = 'owner of the masdar';
    }
  }
  // "وأوضح ياسين ... مشيرا بأنه طالب المسؤولين": the pronoun of the complementizer is the subject, the speaker.
  // "أعلنت الشرطة أنها قتلت ثمانية مسلحين": so too for an act verb; the name after it is its object (the victims).
  const pronounSubject =
    arabic &&
    pronounSubjectBefore(tokens, trigger.first) &&
    (VERBAL.has(trigger.spec.type) || (trigger.spec.voice === 'verb' && pronounAgreesWithVerb(tokens, trigger.first)));
  if (pronounSubject) {
    // "أعلنت الشرطة أنها": a speaker the dictionary has no name for still beats the object read after the verb.
    const objectRead = !!actorSpan && actorSpan.first >= trigger.end;
    const speaker =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ??
      (objectRead ? speakerPhrase(text, tokens, trigger, clause.sFirst) : null);
    if (speaker) {
      if (objectRead && actorSpan !== speaker) target ??= actorSpan;
      actorSpan = speaker;
      actorRule = 'speaker of sentence';
    } else if (objectRead && actorSpan) {
      // The pronoun's owner is unnamed ("أعلنت الشرطة أنها"): the object is still no subject.
      target ??= actorSpan;
      actorSpan = null;
      actorRule = null;
    }
  }
  // "وأكد المعلمي أن التحالف لا يستهدف المدنيين، محملا الحوثيين مسؤولية": a statement participle is the
  // speaker's, not the act of the subject inside his reported clause.
  const speakerFirst =
    arabic && VERBAL.has(trigger.spec.type) && isCircumstantial(tokens, trigger)
      ? sentenceSpeaker(tokens, actors, trigger, clause.sFirst)
      : null;
  const shared =
    speakerFirst && reportedAfterSpeaker(tokens, speakerFirst, state.verbMemory)
      ? null
      : sharedSubject(tokens, trigger, state.verbMemory, si, actorSpan, actorRule, arabic ? undefined : text);
  if (shared) {
    actorSpan = shared;
    actorRule = 'shared subject';
  }
  // "وأضاف X ... داعياً السلطات": a participle's subject is the sentence's speaker, not the noun after it.
  if (!shared && VERBAL.has(trigger.spec.type) && isCircumstantial(tokens, trigger, arabic ? undefined : text)) {
    // "وقال وزير الخارجية إن …، متهماً الحوثيين": a speaker the dictionary has no name for is still the subject.
    const objectRead = arabic && !!actorSpan && actorSpan.first >= trigger.end;
    const speaker =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ??
      (objectRead ? speakerPhrase(text, tokens, trigger, clause.sFirst) : null);
    // "وحذر من الشائعات، مطالباً وزارة التعليم": the name after the participle is its object; the subject was dropped.
    const dropped = !speaker && objectRead ? droppedSubject(text, tokens, actors, trigger, clause.sFirst) : null;
    if (speaker) {
      actorSpan = speaker;
      actorRule = 'speaker of sentence';
    } else if (dropped) {
      actorSpan = dropped;
      actorRule = CARRIED_SUBJECT_RULE;
    }
  }
  // "…، واصفا ما حصل بأنه جريمة حرب": a judgment after a participle of judging is the speaker's.
  const judge =
    arabic && trigger.spec.type === 'ACCUSE' ? judgingParticipleSpeaker(tokens, actors, trigger, clause.sFirst) : null;
  if (judge) {
    actorSpan = judge;
    actorRule = 'speaker of the judging participle';
  }
  if (!actorSpan && VERBAL.has(trigger.spec.type)) {
    actorSpan = sentenceSpeaker(tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = 'speaker of sentence';
  }
  // "وقال سانتوس: «أمرت بوقف الغارات»": a first-person verb opening a quotation is its speaker's act.
  if (!actorSpan && arabic) {
    actorSpan = quotedFirstPersonSpeaker(text, tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = 'speaker of the quoted first person';
  }
  // "ودعا الوعاظ إلى ...": a sentence opening with a bare verb goes on with the previous sentence's subject.
  if (!actorSpan && arabic && VERBAL.has(trigger.spec.type)) {
    actorSpan = droppedSubject(text, tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = CARRIED_SUBJECT_RULE;
  }
  // "واشتكى الوفد الذي يقوده علاوي": an unnamed delegation acts for its leader (arabic-led-delegation.ts).
  if (!actorSpan && arabic && trigger.spec.voice === 'verb') {
    actorSpan = delegationLeader(text, tokens, trigger.end);
    if (actorSpan) actorRule = 'leader of the delegation';
  }
  // "أثمر لقاء الوزير X بالأمير عن تعاون": what a meeting yielded is the act of who met (arabic-meeting-outcome.ts);
  // it beats a nearest-name guess ("رئيس مدينة الملك عبد العزيز" of the met party).
  if ((!actorSpan || actorRule?.startsWith('nearest')) && arabic && !PHYSICAL.has(trigger.spec.type)) {
    const met = meetingOutcomeActor(text, tokens, trigger.first, actors);
    if (met) {
      actorSpan = met;
      actorRule = MEETING_OUTCOME_RULE;
    }
  }
  // "A convoy reached the city, the World Food Programme said", "قال المتحدث باسم برنامج الأغذية العالمي إن سفينة
  // تحمل … رست": aid with no doer is the relief body's that reports it.
  if (!actorSpan) {
    actorSpan = aidSpeaker(tokens, actors, trigger, clause.sFirst, clause.sEnd);
    if (actorSpan) actorRule = AID_SPEAKER_RULE;
  }
  if (!actorSpan && arabic && isPredicateRejection(tokens, trigger)) {
    actorSpan = speakerPhrase(text, tokens, trigger, clause.sFirst);
    if (actorSpan) actorRule = 'text speaker of the predicate';
  }
  if (!actorSpan && arabic && STATEMENT_NOUNS.has(tokens[trigger.first - 1]?.norm ?? '')) {
    actorSpan = sentenceSpeaker(tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = 'speaker of the statement';
  }
  // "أدانت الجامعة الهجوم حيث فجر انتحاري نفسه": the bomber noun names its doer better than a speaker, a state or a
  // condemner read near it; only an armed group named as the doer ("انتحاري من داعش") is kept.
  const bomber =
    arabic && (!actorSpan || !GROUP_KINDS.has(actorSpan.value.kind)) ? bomberNoun(text, tokens, trigger) : null;
  if (bomber) {
    actorSpan = bomber;
    actorRule = 'bomber noun';
  }
  if (!actorSpan && !arabic) {
    actorSpan = expelSpeaker(tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = EXPEL_SPEAKER_RULE;
  }
  // "وتم القبض على المتهمين": an agentless arrest or seizure is the security body's the report named (security-agent.ts).
  if (!actorSpan) {
    actorSpan = securityAgent(tokens, actors, trigger, clause.sEnd, choice.target);
    if (actorSpan) actorRule = 'security body of the report';
  }
  // "قالت وزارة الداخلية في البحرين إن السلطات أحبطت": the ministry reporting for "the authorities" (reporting-authority.ts).
  const reporter = arabic
    ? reportingAuthority(tokens, actorSpan, sentenceSpeaker(tokens, actors, trigger, clause.sFirst))
    : null;
  if (reporter) {
    actorSpan = reporter;
    actorRule = 'institution reporting for the authorities';
  }
  // "محمد عبد السلام، الناطق باسم الحوثيين": what a named spokesman says or does is his body's (spokesman-body.ts).
  const spoken = arabic && actorSpan ? spokesmanBody(tokens, actors, actorSpan) : null;
  if (spoken) {
    actorSpan = spoken;
    actorRule = 'body the spokesman speaks for';
  }
  // "Kenyan police spokesman X said 20 people were arrested": the police arrested them, not their spokesman.
  const voiced =
    !arabic && actorSpan && PHYSICAL.has(trigger.spec.type) ? englishSpokesmanBody(tokens, actors, actorSpan) : null;
  if (voiced) {
    actorSpan = voiced;
    actorRule = 'body the spokesman speaks for';
  }
  // '"We call on all parties …," the U.N. coordinator said': a statement quoted first is the speaker's named after
  // the quotation (english-quote-speaker.ts).
  if (!arabic && VERBAL.has(trigger.spec.type) && (!actorSpan || unnamedTextSubject(actorSpan))) {
    const speaker = quoteSpeaker(text, tokens, actors, trigger, clause.sFirst, clause.sEnd);
    if (speaker) {
      actorSpan = speaker;
      actorRule = 'speaker after the quotation';
      // '"We condemn this attack," Foreign Minister Hakan Fidan said': the speaker is no target of his own words.
      if (target && target.first < speaker.end && speaker.first < target.end) target = null;
    }
  }
  // "He called …", "that soldiers were …": an English text subject that is a pronoun or opens on a function word
  // names nobody; no actor is better than a wrong one.
  if (!arabic && actorSpan && unnamedTextSubject(actorSpan)) {
    actorSpan = null;
    actorRule = null;
  }
  state.verbMemory = rememberVerb(trigger, actorSpan, actorRule, si, !arabic) ?? state.verbMemory;
  return { actor: actorSpan, target, rule: actorRule };
}

/** Pronouns standing alone ("who", "which", "that" open a phrase and are FUNCTION_OPENERS below). */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those']);
/** Ids of actors read from the text rather than the dictionary (raw-subject.ts, named-span.ts). */
const READ_FROM_TEXT = [TEXT_ACTOR_PREFIX, 'named:', 'person:'];
const FUNCTION_OPENERS = new Set(['that', 'which', 'who', 'when', 'while', 'as', 'and', 'but', 'if', 'because']);

/** A plain-text English subject that names nobody: a pronoun, or a phrase opening on a conjunction or relative. */
function unnamedTextSubject(a: Span<ActorLike>): boolean {
  if (!READ_FROM_TEXT.some((prefix) => a.value.id.startsWith(prefix))) return false;
  const words = a.value.name.toLowerCase().split(/\s+/);
  return (words.length === 1 && PRONOUNS.has(words[0])) || FUNCTION_OPENERS.has(words[0]);
}
