// Actors for a trigger whose clause names none: the leader of an unnamed delegation, who met, the relief body that
// reports aid, the speaker of a predicate or statement, the bomber noun, the expelling speaker, the security body.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';
import type { ArticleContext, ClauseContext } from '../draft-context.types';
import { MATERIAL } from '../event-classes';
import { sentenceSpeaker } from '../clause/shared-subject';
import { foldWord } from '../../text/tokenize';
import { adopt, type ActorAttachment } from './actor-attachment';
import { bomberNoun } from './bomber-noun';
import { isPredicateRejection, speakerPhrase } from './predicate-rejection';
import { securityAgent } from './security-agent';
import { delegationLeader } from './arabic-led-delegation';
import { MEETING_OUTCOME_RULE, meetingOutcomeActor } from './arabic-meeting-outcome';
import { AID_SPEAKER_RULE, aidSpeaker } from './aid-speaker-actor';
import { EXPEL_SPEAKER_RULE, expelSpeaker } from './expel-speaker-actor';

const GROUP_KINDS = new Set(['armed_group', 'rebels', 'militia']);
// "قالت البحرين في بيان استدعاء سفيرها": a masdar owned by the statement noun reports the speaker's own act.
const STATEMENT_NOUNS = new Set(['بيان', 'بلاغ', 'اعلان'].map(foldWord));

/** Fills `r` from the article when the clause named no actor (the bomber noun overrides all but an armed group);
 * `chosenTarget` is the target the grammatical choice read. */
export function fallbackActor(
  article: ArticleContext,
  clause: ClauseContext,
  trigger: TriggerMatch,
  r: ActorAttachment,
  chosenTarget: Span<ActorLike> | null,
): void {
  const { text, tokens, actors, arabic } = article;
  // "واشتكى الوفد الذي يقوده علاوي": an unnamed delegation acts for its leader (arabic-led-delegation.ts).
  if (!r.actor && arabic && trigger.spec.voice === 'verb')
    adopt(r, delegationLeader(text, tokens, trigger.end), 'leader of the delegation');
  // "أثمر لقاء الوزير X بالأمير عن تعاون": what a meeting yielded is the act of who met (arabic-meeting-outcome.ts);
  // it beats a nearest-name guess ("رئيس مدينة الملك عبد العزيز" of the met party).
  if ((!r.actor || r.rule?.startsWith('nearest')) && arabic && !MATERIAL.has(trigger.spec.type)) {
    const met = meetingOutcomeActor(text, tokens, trigger.first, actors);
    adopt(r, met, MEETING_OUTCOME_RULE);
  }
  // "A convoy reached the city, the World Food Programme said", "قال المتحدث باسم برنامج الأغذية العالمي إن سفينة
  // تحمل … رست": aid with no doer is the relief body's that reports it.
  if (!r.actor) adopt(r, aidSpeaker(tokens, actors, trigger, clause.sFirst, clause.sEnd), AID_SPEAKER_RULE);
  if (!r.actor && arabic && isPredicateRejection(tokens, trigger))
    adopt(r, speakerPhrase(text, tokens, trigger, clause.sFirst), 'text speaker of the predicate');
  if (!r.actor && arabic && STATEMENT_NOUNS.has(tokens[trigger.first - 1]?.norm ?? ''))
    adopt(r, sentenceSpeaker(tokens, actors, trigger, clause.sFirst), 'speaker of the statement');
  // "أدانت الجامعة الهجوم حيث فجر انتحاري نفسه": the bomber noun names its doer better than a speaker, a state or a
  // condemner read near it; only an armed group named as the doer ("انتحاري من داعش") is kept.
  const bomber =
    arabic && (!r.actor || !GROUP_KINDS.has(r.actor.value.kind)) ? bomberNoun(text, tokens, trigger) : null;
  adopt(r, bomber, 'bomber noun');
  if (!r.actor && !arabic) adopt(r, expelSpeaker(tokens, actors, trigger, clause.sFirst), EXPEL_SPEAKER_RULE);
  // "وتم القبض على المتهمين": an agentless arrest or seizure is the security body's the report named (security-agent.ts).
  if (!r.actor)
    adopt(r, securityAgent(tokens, actors, trigger, clause.sEnd, chosenTarget), 'security body of the report');
}
