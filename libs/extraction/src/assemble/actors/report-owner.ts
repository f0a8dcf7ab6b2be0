// "وانتقد تقرير أخير لـ«هيومن رايتس ووتش» وحدات حماية الشعب", "ودعا بيان لوزارة الخارجية إيران إلى": a verb whose
// subject is a report or statement "of" a body (لـ X, صادر عن X) is that body's act; the name after the phrase is
// the verb's object.
import type { TriggerMatch } from '../../patterns/match-triggers';
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const REPORTS = new Set(['تقرير', 'بيان', 'دراسة', 'رسالة', 'مذكرة', 'تقريرا', 'بيانا'].map(foldWord));
// Words that may stand between the report noun and its owner: "تقرير أخير", "بيان مشترك صادر عن".
const QUALIFIERS = new Set(['اخير', 'جديد', 'مشترك', 'رسمي', 'صادر', 'سابق', 'حديث', 'صحفي'].map(foldWord));

/** The body owning a report noun that is the subject right after an Arabic verb trigger, or null. */
export function reportOwner(
  tokens: Token[],
  trigger: TriggerMatch,
  actors: Span<ActorLike>[],
  clauseEnd: number,
): Span<ActorLike> | null {
  if (trigger.spec.voice !== 'verb' || !tokens[trigger.first]?.isArabic) return null;
  const head = tokens[trigger.end];
  if (!head || !REPORTS.has(head.norm)) return null;
  let k = trigger.end + 1;
  while (k < clauseEnd && k - trigger.end <= 3 && QUALIFIERS.has(tokens[k].norm)) k++;
  // "صادر عن X": the owner after عن.
  if (tokens[k]?.norm === 'عن') k++;
  const owner = actors.find((a) => a.first === k || (a.first === k + 1 && ['ل', 'لـ'].includes(tokens[k].surface)));
  if (owner) return owner;
  // "لوزارة الخارجية": the owner glued to ل.
  const glued = actors.find((a) => a.first === k && /^ل/.test(tokens[k].norm));
  return glued ?? null;
}
