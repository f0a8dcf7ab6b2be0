// "فجر انتحاري نفسه", "انتحاريتان فجرتا نفسيهما": a suicide-attack trigger that is the bomber noun itself names
// its doer, as a protest noun names its protesters. Used only when the sentence names no one else.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { isGoverned } from '../clause/actor-roles';
import { textActor } from '../clause/raw-subject';

const BOMBERS = new Set(
  ['انتحاري', 'انتحاريا', 'انتحارية', 'انتحاريان', 'انتحاريتان', 'انتحاريين', 'انتحاريون'].flatMap((w) => [
    foldWord(w),
    foldWord(`ال${w}`),
  ]),
);

/** The bomber noun the trigger consists of, as a plain-text actor, or null ("مع الانتحاري الذي تم اعتقاله": not the
 * object of a preposition). */
export function bomberNoun(text: string, tokens: Token[], trigger: TriggerMatch): Span<ActorLike> | null {
  const k = trigger.first;
  if (trigger.end - k !== 1 || !tokens[k].isArabic) return null;
  if (!tokens[k].stems.some((s) => BOMBERS.has(s)) && !BOMBERS.has(tokens[k].norm)) return null;
  const span = textActor(text, tokens, k, k + 1);
  return isGoverned(tokens, span) ? null : span;
}
