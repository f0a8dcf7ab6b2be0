// A noun with the article is never the first term of an idafa: "قصف القوات" names who shelled, but in "الغارة
// استهدفت أبو خليل" the name after the definite masdar is the object of the verb that follows it. Only an adjective
// agreeing with the masdar may still name the side ("القصف الحوثي", "الغارات الإسرائيلية").
import type { Token } from '../../text/tokenize';
import { ARABIC_ARTICLE } from '../../text/arabic-article';
import type { TriggerMatch } from '../../patterns/match-triggers';
import type { ActorLike, Span } from '../assemble.types';

// The article (arabic-article.ts) on a word of two letters more at least.
const ARTICLE = new RegExp(`${ARABIC_ARTICLE.source}..`);
// A definite nisba adjective: "الحوثي", "الإسرائيلية", "السعوديين".
const NISBA = /^(?:ال).{2,}(?:ي|يه|يين|يون|يات)$/;

/** True when the masdar that ends the trigger carries the article (not when the lexicon word itself starts with
 * ال, as "الغاء" or "التزام" do). */
export function definiteMasdar(tokens: Token[], trigger: TriggerMatch): boolean {
  const word = trigger.spec.words.filter((w) => !w.startsWith('~')).at(-1) ?? '';
  if (word.startsWith('ال')) return false;
  return ARTICLE.test(tokens[trigger.end - 1]?.norm ?? '');
}

/** A mention that opens with a definite nisba adjective, which agrees with a definite masdar before it. */
export function nisbaMention(tokens: Token[], a: Span<ActorLike>): boolean {
  return NISBA.test(tokens[a.first]?.norm ?? '');
}
