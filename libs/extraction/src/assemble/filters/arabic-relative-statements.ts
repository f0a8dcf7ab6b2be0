// A statement told in a relative clause about a named person or body: "الرئيس النيجيري محمد بخاري الذي توعد بسحق
// التمرد", "رسالة الرئيس هادي الذي طالب فيها الأشقاء بإنقاذ بلاده". The clause says who the person is by what they
// once said; the statement is background (codebook), reported, when it is news, in its own sentence. A recent day in
// the clause ("المجلس الذي طالب أمس") makes it a report and keeps it.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { AR_RELATIVE } from '../../patterns/background-words';
import type { Token } from '../../text/tokenize';
import { wordSet } from '../../text/word-sets';
import type { ArticleContext } from '../draft-context.types';

// Vows, calls, refusals and praise. Accusations and criticism in such a clause are mostly what the news answers
// ("تصريحات المالكي الذي اتهم المملكة", "أقوال كيري التي انتقد فيها إسرائيل"): recent, and often the news itself.
const DESCRIBING_TYPES = new Set(['REQUEST', 'THREATEN', 'REJECT', 'SUPPORT']);
const RECENT = wordSet('أمس امس اليوم الليلة مساء صباح فجر الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت');

const isRelative = (t: Token | undefined) =>
  !!t && (AR_RELATIVE.has(t.norm) || (/^و/.test(t.norm) && AR_RELATIVE.has(t.norm.slice(1))));

/** An Arabic vow, call, refusal or praise verb right after a relative pronoun whose antecedent ends a name, in a clause with no recent
 * day. */
export function namedRelativeStatement(
  article: ArticleContext,
  trigger: TriggerMatch,
  clauseFirst: number,
  clauseEnd: number,
): boolean {
  const { tokens } = article;
  const rel = trigger.first - 1;
  if (!tokens[trigger.first]?.isArabic || !DESCRIBING_TYPES.has(trigger.spec.type) || trigger.spec.voice === 'noun')
    return false;
  if (rel <= clauseFirst || !isRelative(tokens[rel]) || !article.nameEnds.has(rel)) return false;
  for (let j = clauseFirst; j < clauseEnd; j++) if (RECENT.has(tokens[j].norm)) return false;
  return true;
}
