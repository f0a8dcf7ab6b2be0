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
// "معسكر ضبوة التابع لحرس الرئيس المخلوع", "مستودعا للذخائر تابعا للمتمردين": "belonging to" before a name with a
// glued ل makes it the owner of the thing named before, the same as a target noun's idafa — in an attack, the side hit.
const BELONGING_WORDS = new Set(['تابع', 'تابعا', 'تابعة', 'التابع', 'التابعة'].map(foldWord));
const TIME_WORDS = new Set(['صباح', 'مساء', 'فجر', 'ليل', 'امس', 'أمس', 'اليوم', 'ظهر'].map(foldWord));

const bare = (t: Token | undefined) => (t ? t.norm.replace(/^[وف](?=...)/, '') : '');

/** True when the name owns the target noun right before it: "مواقع الحوثيين", "مواقع لداعش" (ل of ownership), or
 * follows "التابع ل" ("معسكر … التابع لحرس الرئيس", the owner or its idafa). */
export function targetOwner(tokens: Token[], a: Span<ActorLike>): boolean {
  if (TARGET_NOUNS.has(bare(tokens[a.first - 1]))) return true;
  // "التابع للحوثيين", "التابع لحرس الرئيس المخلوع": the owner after ل, or a name in its idafa two words on.
  for (let k = a.first - 1; k >= 0 && a.first - k <= 3; k--) {
    if (BELONGING_WORDS.has(bare(tokens[k]))) return /^ل/.test(tokens[k + 1]?.norm ?? '');
    if (!tokens[k].isArabic || /^[وف]/.test(tokens[k].norm)) return false;
  }
  return false;
}

/** True when the name is the object of a verb of attack or the owner in a target noun's idafa. */
export function hostileObject(tokens: Token[], a: Span<ActorLike>): boolean {
  if (targetOwner(tokens, a)) return true;
  let k = a.first - 1;
  while (k >= 0 && a.first - k <= 3 && TIME_WORDS.has(bare(tokens[k]))) k--;
  return !!tokens[k]?.isArabic && HOSTILE_VERBS.has(bare(tokens[k]));
}
