// The actor (and target) of a trigger: the grammatical choice, else a nearby anaphor (التنظيم), the subject shared
// with the previous verb, or for statements the sentence's speaker; the verb memory is updated for the next one.
// Each step (named-subject.ts, arabic-possessive-masdar.ts, speaker-subject.ts, fallback-actors.ts) may override the
// reading before it; the order is the rules' precedence.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { chooseActor } from './choose-actor';
import type { ArticleContext, AssembleState, ClauseContext } from '../draft-context.types';
import { MATERIAL, VERBAL } from '../event-classes';
import { rememberVerb, sentenceSpeaker } from '../clause/shared-subject';
import { adopt, type ActorAttachment } from './actor-attachment';
import { englishSpokesmanBody, spokesmanBody } from './spokesman-body';
import { quoteSpeaker } from './english-quote-speaker';
import { reportingAuthority } from './reporting-authority';
import { quotedFutureSpeaker } from './arabic-quoted-first-person';
import { nameTheSubject } from './named-subject';
import { masdarOwner } from './arabic-possessive-masdar';
import { speakerSubject } from './speaker-subject';
import { fallbackActor } from './fallback-actors';
import { unnamedTextSubject } from './unnamed-text-subject';
import { affiliatedGroup } from './affiliated-group';

export function attachActor(
  article: ArticleContext,
  clause: ClauseContext,
  state: AssembleState,
  trigger: TriggerMatch,
): ActorAttachment {
  const { text, tokens, actors, arabic } = article;
  const { cFirst, cEnd, si } = clause;
  const choice = chooseActor(text, tokens, trigger, actors, cFirst, cEnd, arabic);
  const r: ActorAttachment = { actor: choice.actor, target: choice.target, rule: choice.rule };
  // "وقال وزير الخارجية الأمريكي: «في حال خرق إيران الاتفاق سنرد»": a first-person future verb in a quotation is the
  // speaker's, not the act of a name before it inside the quoted words (arabic-quoted-first-person.ts).
  const future = arabic ? quotedFutureSpeaker(text, tokens, actors, trigger, clause.sFirst) : null;
  adopt(r, future, 'speaker of the quoted first person');
  nameTheSubject(article, clause, trigger, r);
  masdarOwner(article, clause, trigger, r);
  speakerSubject(article, clause, state, trigger, r);
  fallbackActor(article, clause, trigger, r, choice.target);
  // "مسلحون تابعون لـ«الكردستاني»": gunmen belonging to a named group act for it (affiliated-group.ts).
  adopt(r, arabic && r.actor ? affiliatedGroup(tokens, actors, r.actor) : null, 'group the gunmen belong to');
  // "قالت وزارة الداخلية في البحرين إن السلطات أحبطت": the ministry reporting for "the authorities" (reporting-authority.ts).
  const reporter = arabic
    ? reportingAuthority(tokens, r.actor, sentenceSpeaker(tokens, actors, trigger, clause.sFirst))
    : null;
  adopt(r, reporter, 'institution reporting for the authorities');
  // "محمد عبد السلام، الناطق باسم الحوثيين": what a named spokesman says or does is his body's (spokesman-body.ts).
  const spoken = arabic && r.actor ? spokesmanBody(tokens, actors, r.actor) : null;
  adopt(r, spoken, 'body the spokesman speaks for');
  // "Kenyan police spokesman X said 20 people were arrested": the police arrested them, not their spokesman.
  const voiced =
    !arabic && r.actor && MATERIAL.has(trigger.spec.type) ? englishSpokesmanBody(tokens, actors, r.actor) : null;
  adopt(r, voiced, 'body the spokesman speaks for');
  // '"We call on all parties …," the U.N. coordinator said': a statement quoted first is the speaker's named after
  // the quotation (english-quote-speaker.ts).
  if (!arabic && VERBAL.has(trigger.spec.type) && (!r.actor || unnamedTextSubject(r.actor))) {
    const speaker = quoteSpeaker(text, tokens, actors, trigger, clause.sFirst, clause.sEnd);
    if (speaker) {
      r.actor = speaker;
      r.rule = 'speaker after the quotation';
      // '"We condemn this attack," Foreign Minister Hakan Fidan said': the speaker is no target of his own words.
      if (r.target && r.target.first < speaker.end && speaker.first < r.target.end) r.target = null;
    }
  }
  // "He called …", "that soldiers were …": an English text subject that is a pronoun or opens on a function word
  // names nobody; no actor is better than a wrong one.
  if (!arabic && r.actor && unnamedTextSubject(r.actor)) {
    r.actor = null;
    r.rule = null;
  }
  state.verbMemory = rememberVerb(trigger, r.actor, r.rule, si, !arabic) ?? state.verbMemory;
  return { actor: r.actor, target: r.target, rule: r.rule };
}
