// The actor (and target) of a trigger: the grammatical choice, else a nearby anaphor (التنظيم), the subject shared
// with the previous verb, or for statements the sentence's speaker; the verb memory is updated for the next one.
import type { TriggerMatch } from '../patterns/match-triggers';
import type { ActorLike, Span } from './assemble.types';
import { chooseActor } from './choose-actor';
import type { ArticleContext, AssembleState, ClauseContext } from './draft-context.types';
import { VERBAL } from './event-classes';
import { resolveActorAnaphor, resolvePronounSubject } from './resolve-anaphor';
import { isCircumstantial, rememberVerb, sentenceSpeaker, sharedSubject } from './shared-subject';

export interface ActorAttachment {
  actor: Span<ActorLike> | null;
  target: Span<ActorLike> | null;
  rule: string | null;
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
  // "التنظيم تمكن من..." next to the trigger beats a distant guess.
  if (!actorSpan || actorRule?.startsWith('nearest')) {
    const anaphor = resolveActorAnaphor(tokens, actors, trigger, cFirst, cEnd);
    if (anaphor) {
      actorSpan = anaphor;
      actorRule = 'anaphor';
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
  const shared = sharedSubject(tokens, trigger, state.verbMemory, si, actorSpan, actorRule, arabic ? undefined : text);
  if (shared) {
    actorSpan = shared;
    actorRule = 'shared subject';
  }
  // "وأضاف X ... داعياً السلطات": a participle's subject is the sentence's speaker, not the noun after it.
  if (!shared && VERBAL.has(trigger.spec.type) && isCircumstantial(tokens, trigger, arabic ? undefined : text)) {
    const speaker = sentenceSpeaker(tokens, actors, trigger, clause.sFirst);
    if (speaker) {
      actorSpan = speaker;
      actorRule = 'speaker of sentence';
    }
  }
  if (!actorSpan && VERBAL.has(trigger.spec.type)) {
    actorSpan = sentenceSpeaker(tokens, actors, trigger, clause.sFirst);
    if (actorSpan) actorRule = 'speaker of sentence';
  }
  state.verbMemory = rememberVerb(trigger, actorSpan, actorRule, si) ?? state.verbMemory;
  return { actor: actorSpan, target: choice.target, rule: actorRule };
}
