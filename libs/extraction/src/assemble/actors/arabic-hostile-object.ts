// "إن التحالف استهدف الحوثيين … نتائج الضربات الجوية", "غارتين جويتين استهدفتا … مواقع الحوثيين": a name right after a
// verb of attack (after a time word or two), or in the idafa of a target noun ("مواقع الحوثيين"), is what was hit.
// Read as the nearest name before a strike noun further on, it would make the target the attacker.
import { foldWord, type Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';
import type { ActorLike, Span } from '../assemble.types';
import { fighterHead } from './arabic-fighter-heads';

const HOSTILE_VERBS = foldedSet([
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
]);
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
const BELONGING_WORDS = foldedSet(['تابع', 'تابعا', 'تابعة', 'التابع', 'التابعة']);
const TIME_WORDS = foldedSet(['صباح', 'مساء', 'فجر', 'ليل', 'امس', 'أمس', 'اليوم', 'ظهر']);
// "قوة أمنية تابعة لقوات البيشمركة", "مقاتلات تابعة للتحالف": forces and aircraft belonging to a side are that side
// in arms; the owner is hit only when the forces are (after a verb of attack: "قصفت وحدات تابعة للتنظيم").
const FORCE_NOUNS = new Set(
  ['قوة', 'قوات', 'طائرة', 'طائرات', 'مقاتلة', 'مقاتلات', 'مروحية', 'مروحيات', 'وحدة', 'وحدات', 'دورية', 'دوريات']
    .concat(['عناصر', 'مسلحين', 'مسلحون', 'كتيبة', 'زوارق', 'بوارج'])
    .map(foldWord),
);

const bare = (t: Token | undefined) => (t ? t.norm.replace(/^[وف](?=...)/, '') : '');

/** The index of the force noun the name owns through "تابعة ل" ("قوة أمنية تابعة لقوات البيشمركة": قوة), an adjective
 * or two and a comma allowed between them, or -1. */
export function ownedForce(tokens: Token[], a: Span<ActorLike>): number {
  const k = a.first - 1;
  if (!BELONGING_WORDS.has(bare(tokens[k])) || !/^ل/.test(tokens[a.first]?.norm ?? '')) return -1;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const w = bare(tokens[j]);
    if (FORCE_NOUNS.has(w) || (w.startsWith('ال') && FORCE_NOUNS.has(w.slice(2)))) return j;
    if (!tokens[j].isArabic || /^[وف]/.test(tokens[j].norm)) return -1;
  }
  return -1;
}

/** The word at k follows a verb of attack, a time word or two allowed between. */
function afterHostileVerb(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && TIME_WORDS.has(bare(tokens[j]))) j--;
  return !!tokens[j]?.isArabic && HOSTILE_VERBS.has(bare(tokens[j]));
}

/** True when the name owns the target noun right before it: "مواقع الحوثيين", "مواقع لداعش" (ل of ownership), or
 * follows "التابع ل" ("معسكر … التابع لحرس الرئيس", the owner or its idafa). */
export function targetOwner(tokens: Token[], a: Span<ActorLike>): boolean {
  if (TARGET_NOUNS.has(bare(tokens[a.first - 1]))) return true;
  const force = ownedForce(tokens, a);
  if (force >= 0) return afterHostileVerb(tokens, force) || TARGET_NOUNS.has(bare(tokens[force - 1]));
  // "التابع للحوثيين", "التابع لحرس الرئيس المخلوع": the owner after ل, or a name in its idafa two words on.
  for (let k = a.first - 1; k >= 0 && a.first - k <= 3; k--) {
    if (BELONGING_WORDS.has(bare(tokens[k]))) return /^ل/.test(tokens[k + 1]?.norm ?? '');
    if (!tokens[k].isArabic || /^[وف]/.test(tokens[k].norm)) return false;
  }
  return false;
}

// "حققت المقاومة تقدما كبيرا على مليشيا الحوثي": the side an advance or a victory is made over is beaten, not the one
// fighting in the fronts named after it.
const GAIN_NOUNS = foldedSet(['تقدم', 'تقدما', 'انتصار', 'انتصارا', 'انتصارات', 'تفوق', 'تفوقا', 'نصر', 'نصرا']);
const GAIN_ADJECTIVES = foldedSet(['كبيرا', 'كبير', 'كبيرة', 'ملحوظا', 'ملحوظ', 'جديدا', 'جديد', 'واضحا']);

/** The name comes after على that follows a noun of advance or victory (an adjective may sit between). */
function beatenSide(tokens: Token[], a: Span<ActorLike>): boolean {
  if (bare(tokens[a.first - 1]) !== foldWord('على')) return false;
  let k = a.first - 2;
  if (GAIN_ADJECTIVES.has(bare(tokens[k]))) k--;
  return GAIN_NOUNS.has(bare(tokens[k]));
}

// "المواقع التي تتمركز فيها مليشيات الحوثي", "المناطق التي يسيطر عليها التنظيم": a relative verb of holding ground,
// with the pronoun standing for the place (فيها, عليها); its subject holds the place the act hit.
const HOLDING_VERBS = foldedSet(['تمركز', 'يتمركز', 'تتمركز', 'سيطر', 'يسيطر', 'تسيطر', 'تحصن', 'يتحصن', 'تتحصن']);
const PLACE_PRONOUNS = foldedSet(['فيها', 'فيه', 'عليها', 'عليه', 'بها', 'به']);
const PLACE_RELATIVES = foldedSet(['التي', 'الذي']);

/** The name is the subject of a relative verb of holding ground whose pronoun stands for the place. */
function placeHolder(tokens: Token[], a: Span<ActorLike>): boolean {
  // "فيها مليشيات الحوثي": a fighters' head noun may stand before the name.
  const k = fighterHead(tokens[a.first - 1]) ? a.first - 1 : a.first;
  return (
    PLACE_PRONOUNS.has(tokens[k - 1]?.norm ?? '') &&
    HOLDING_VERBS.has(bare(tokens[k - 2])) &&
    PLACE_RELATIVES.has(bare(tokens[k - 3]))
  );
}

/** True when the name is the object of a verb of attack, the owner in a target noun's idafa, the side beaten, or the
 * holder of the place hit. */
export function hostileObject(tokens: Token[], a: Span<ActorLike>): boolean {
  return targetOwner(tokens, a) || afterHostileVerb(tokens, a.first) || beatenSide(tokens, a) || placeHolder(tokens, a);
}
