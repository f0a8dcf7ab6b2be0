// The subject a trigger's grammatical choice left unnamed or nearest-guessed, named better: an anaphor next to the
// trigger (التنظيم), the named body of a head noun (المجلس), the named group of an English head noun, the holder
// apposed to or named with an office, and the English subject pronoun of an earlier sentence.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ArticleContext, ClauseContext } from '../draft-context.types';
import { TEXT_ACTOR_PREFIX } from '../clause/raw-subject';
import { adopt, type ActorAttachment } from './actor-attachment';
import { resolveActorAnaphor, resolveDefiniteHead, resolvePronounSubject } from './resolve-anaphor';
import { englishGroupHead } from './english-group-head';
import { apposedName } from './apposed-name';
import { officeBeforeAdjectives } from './office-adjectives';
import { titleHolder } from './title-holder';

/** Names the subject in `r` better where the text allows (the rules run in turn; a later one may override). */
export function nameTheSubject(
  article: ArticleContext,
  clause: ClauseContext,
  trigger: TriggerMatch,
  r: ActorAttachment,
): void {
  const { text, tokens, actors, arabic } = article;
  const { cFirst, cEnd } = clause;
  // "التنظيم تمكن من..." next to the trigger beats a distant guess.
  if (!r.actor || r.rule?.startsWith('nearest')) {
    const anaphor = resolveActorAnaphor(tokens, actors, trigger, cFirst, cEnd);
    adopt(r, anaphor, 'anaphor');
  }
  // "رحب المجلس": a plain-text subject that is a named body's head noun stands for that body.
  if (arabic && r.actor?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const named = resolveDefiniteHead(tokens, actors, r.actor);
    adopt(r, named, 'named body of the head noun');
  }
  // "the group denied": an English group's head noun stands for the group last named (english-group-head.ts).
  if (!arabic && r.actor?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const named = englishGroupHead(tokens, actors, r.actor);
    adopt(r, named, 'named group of the head noun');
  }
  // "أعلن المدير التنفيذي لشركة توشيبا، هيساو تاناكا،": the holder named after the office (apposed-name.ts).
  if (arabic && r.actor?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const holder = apposedName(text, tokens, r.actor);
    adopt(r, holder, 'name apposed to the office');
  }
  // "ندد الرئيس التركي الاسلامي المحافظ": the office ends at its nationality (office-adjectives.ts).
  if (arabic && r.actor?.value.id.startsWith(TEXT_ACTOR_PREFIX))
    r.actor = officeBeforeAdjectives(text, tokens, r.actor) ?? r.actor;
  // "أشاد الرئيس الأميركي" after "الرئيس الأميركي باراك أوباما": the holder the article names with the office.
  if (arabic && r.actor?.value.id.startsWith(TEXT_ACTOR_PREFIX)) {
    const holder = titleHolder(text, tokens, actors, r.actor);
    adopt(r, holder, 'holder of the office');
  }
  // English "He called on ...", "It denied ...": the subject of an earlier sentence.
  if (!arabic && trigger.spec.type !== 'CONSULT' && !r.rule?.startsWith('agent')) {
    const pronoun = resolvePronounSubject(text, tokens, actors, trigger);
    adopt(r, pronoun, 'subject pronoun');
  }
}
