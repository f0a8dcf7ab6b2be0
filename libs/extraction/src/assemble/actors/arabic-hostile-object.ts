// "إن التحالف استهدف الحوثيين … نتائج الضربات الجوية", "غارتين جويتين استهدفتا … مواقع الحوثيين": a name right after a
// verb of attack (after a time word or two), or in the idafa of a target noun ("مواقع الحوثيين"), is what was hit.
// Read as the nearest name before a strike noun further on, it would make the target the attacker.
import { foldWord, type Token } from '../../text/tokenize';
import type { ActorLike, Span } from '../assemble.types';

const HOSTILE_VERBS = new Set(
  [
    'استهدف',
    'استهدفت',
    'استهدفتا',
    'استهدفوا',
    'قصف',
    'قصفت',
    'قصفوا',
    'هاجم',
    'هاجمت',
    'هاجموا',
    'ضرب',
    'ضربت',
    'اقتحم',
    'اقتحمت',
    'اقتحموا',
    'استهداف',
  ].map(foldWord),
);
const TARGET_NOUNS = new Set(
  // "مواقع وأوكار المليشيات": a second target noun joined by و owns the name as well (bare() drops the و).
  [
    'مواقع',
    'تجمعات',
    'معاقل',
    'صفوف',
    'مقرات',
    'تحركات',
    'آليات',
    'اليات',
    'تمركزات',
    'معسكرات',
    'مخازن',
    'أوكار',
    'ثكنات',
  ].map(foldWord),
);
const TIME_WORDS = new Set(['صباح', 'مساء', 'فجر', 'ليل', 'امس', 'أمس', 'اليوم', 'ظهر'].map(foldWord));

const bare = (t: Token | undefined) => (t ? t.norm.replace(/^[وف](?=...)/, '') : '');

/** True when the name owns the target noun right before it: "مواقع الحوثيين", "مواقع لداعش" (ل of ownership). */
export function targetOwner(tokens: Token[], a: Span<ActorLike>): boolean {
  return TARGET_NOUNS.has(bare(tokens[a.first - 1]));
}

/** True when the name is the object of a verb of attack or the owner in a target noun's idafa. */
export function hostileObject(tokens: Token[], a: Span<ActorLike>): boolean {
  if (targetOwner(tokens, a)) return true;
  let k = a.first - 1;
  while (k >= 0 && a.first - k <= 3 && TIME_WORDS.has(bare(tokens[k]))) k--;
  return !!tokens[k]?.isArabic && HOSTILE_VERBS.has(bare(tokens[k]));
}
