// "تطلق مدافع المياه على متظاهرين", "ستمنع متظاهرين من تنظيم مسيرة", "لتفريق محتجين": an Arabic protest trigger that
// is itself a noun of people protesting names its actor, even when the dictionary has no mention for it; the police
// or authorities around it only disperse or ban the protest.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { foldWord } from '../../text/tokenize';
import { TEXT_ACTOR_PREFIX, textActor } from '../clause/raw-subject';

const PROTESTERS = /^(?:[وبل]|ال|بال|لل|وال)?(?:متظاهر|محتج|مضرب|معتصم)(?:ين|ون|ان|ه|ات)?$/;

/** The protest trigger is a noun of protesters ("متظاهرين", "المحتجون"): a plain actor over it, else null. */
export function protesterNoun(text: string, tokens: Token[], trigger: TriggerMatch): Span<ActorLike> | null {
  if (trigger.spec.type !== 'PROTEST' || trigger.end - trigger.first !== 1) return null;
  const t = tokens[trigger.first];
  if (!t.isArabic || !PROTESTERS.test(t.norm)) return null;
  const actor = textActor(text, tokens, trigger.first, trigger.end);
  // "بين الشرطة ومحتجين أكراد", "بمتظاهرين": the glued conjunction or preposition is not part of the name.
  const clitic = /^[وبل](?=م)/.exec(actor.surface)?.[0].length ?? 0;
  if (!clitic) return actor;
  const name = actor.surface.slice(clitic);
  return {
    ...actor,
    start: actor.start + clitic,
    surface: name,
    value: { ...actor.value, id: TEXT_ACTOR_PREFIX + foldWord(name), name },
  };
}
