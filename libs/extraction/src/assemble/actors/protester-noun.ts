// "تطلق مدافع المياه على متظاهرين", "ستمنع متظاهرين من تنظيم مسيرة", "لتفريق محتجين": an Arabic protest trigger that
// is itself a noun of people protesting names its actor, even when the dictionary has no mention for it; the police
// or authorities around it only disperse or ban the protest.
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';
import { textActor } from '../clause/raw-subject';

const PROTESTERS = /^(?:[وبل]|ال|بال|لل|وال)?(?:متظاهر|محتج|مضرب|معتصم)(?:ين|ون|ان|ه|ات)?$/;

/** The protest trigger is a noun of protesters ("متظاهرين", "المحتجون"): a plain actor over it, else null. */
export function protesterNoun(text: string, tokens: Token[], trigger: TriggerMatch): Span<ActorLike> | null {
  if (trigger.spec.type !== 'PROTEST' || trigger.end - trigger.first !== 1) return null;
  const t = tokens[trigger.first];
  return t.isArabic && PROTESTERS.test(t.norm) ? textActor(text, tokens, trigger.first, trigger.end) : null;
}
