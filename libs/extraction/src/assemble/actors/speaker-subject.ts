// Statements and participles whose subject is the sentence's speaker: a complementizer's pronoun (أنه, أنها), a
// circumstantial participle (مؤكداً, داعياً) or the subject shared with the previous verb, a participle of judging,
// a first-person verb in a quotation, and a bare verb carrying on the previous sentence's subject.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ArticleContext, AssembleState, ClauseContext } from '../draft-context.types';
import { VERBAL } from '../event-classes';
import { isCircumstantial, reportedAfterSpeaker, sentenceSpeaker, sharedSubject } from '../clause/shared-subject';
import { adopt, type ActorAttachment } from './actor-attachment';
import { speakerPhrase } from './predicate-rejection';
import { pronounAgreesWithVerb, pronounSubjectBefore } from './arabic-pronoun-subject';
import { CARRIED_SUBJECT_RULE, droppedSubject } from './arabic-actor-dropped-subject';
import { quotedFirstPersonSpeaker } from './arabic-quoted-first-person';
import { judgingParticipleSpeaker } from './arabic-judging-participle';

/** The speaker or shared subject in `r` where the sentence gives one (the rules run in turn). */
export function speakerSubject(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  trigger: TriggerMatch,
  r: ActorAttachment,
): void {
  const { text, tokens, actors, arabic } = article;
  const { si } = clause;
  // "وأوضح ياسين ... مشيرا بأنه طالب المسؤولين": the pronoun of the complementizer is the subject, the speaker.
  // "أعلنت الشرطة أنها قتلت ثمانية مسلحين": so too for an act verb; the name after it is its object (the victims).
  const pronounSubject =
    arabic &&
    pronounSubjectBefore(tokens, trigger.first) &&
    (VERBAL.has(trigger.spec.type) || (trigger.spec.voice === 'verb' && pronounAgreesWithVerb(tokens, trigger.first)));
  if (pronounSubject) {
    // "أعلنت الشرطة أنها": a speaker the dictionary has no name for still beats the object read after the verb.
    const objectRead = !!r.actor && r.actor.first >= trigger.end;
    const speaker =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ??
      (objectRead ? speakerPhrase(text, tokens, trigger, clause.sFirst) : null);
    if (speaker) {
      if (objectRead && r.actor !== speaker) r.target ??= r.actor;
      r.actor = speaker;
      r.rule = 'speaker of sentence';
    } else if (objectRead && r.actor) {
      // The pronoun's owner is unnamed ("أعلنت الشرطة أنها"): the object is still no subject.
      r.target ??= r.actor;
      r.actor = null;
      r.rule = null;
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
      : sharedSubject(tokens, trigger, state.verbMemory, si, r.actor, r.rule, arabic ? undefined : text);
  adopt(r, shared, 'shared subject');
  // "وأضاف X ... داعياً السلطات": a participle's subject is the sentence's speaker, not the noun after it.
  if (!shared && VERBAL.has(trigger.spec.type) && isCircumstantial(tokens, trigger, arabic ? undefined : text)) {
    // "وقال وزير الخارجية إن …، متهماً الحوثيين": a speaker the dictionary has no name for is still the subject.
    const objectRead = arabic && !!r.actor && r.actor.first >= trigger.end;
    const speaker =
      sentenceSpeaker(tokens, actors, trigger, clause.sFirst) ??
      (objectRead ? speakerPhrase(text, tokens, trigger, clause.sFirst) : null);
    // "وحذر من الشائعات، مطالباً وزارة التعليم": the name after the participle is its object; the subject was dropped.
    const dropped = !speaker && objectRead ? droppedSubject(text, tokens, actors, trigger, clause.sFirst) : null;
    adopt(r, speaker ?? dropped, speaker ? 'speaker of sentence' : CARRIED_SUBJECT_RULE);
  }
  // "…، واصفا ما حصل بأنه جريمة حرب": a judgment after a participle of judging is the speaker's.
  const judge =
    arabic && trigger.spec.type === 'ACCUSE' ? judgingParticipleSpeaker(tokens, actors, trigger, clause.sFirst) : null;
  adopt(r, judge, 'speaker of the judging participle');
  if (!r.actor && VERBAL.has(trigger.spec.type))
    adopt(r, sentenceSpeaker(tokens, actors, trigger, clause.sFirst), 'speaker of sentence');
  // "وقال سانتوس: «أمرت بوقف الغارات»": a first-person verb opening a quotation is its speaker's act.
  if (!r.actor && arabic)
    adopt(
      r,
      quotedFirstPersonSpeaker(text, tokens, actors, trigger, clause.sFirst),
      'speaker of the quoted first person',
    );
  // "ودعا الوعاظ إلى ...": a sentence opening with a bare verb goes on with the previous sentence's subject.
  if (!r.actor && arabic && VERBAL.has(trigger.spec.type))
    adopt(r, droppedSubject(text, tokens, actors, trigger, clause.sFirst), CARRIED_SUBJECT_RULE);
}
