// "وتصدت القوات لذلك الهجوم", "أوقف 5 رجال بالقرب من هذا المبنى": an Arabic demonstrative before a happening or a
// building points back at one told before, so the clause continues its setting (the place of the previous sentence)
// even when it opens without a connective. Only nouns of violent happenings and of buildings: "هذا العام", "هذه
// الخطوة" or "هذا الأمر" point at a time or an idea, not at a scene.
import type { Token } from '../../text/tokenize';
import { foldedSet } from '../../text/word-sets';

/** Demonstratives, read through their stems (لذلك, بهذا, وتلك). */
const DEMONSTRATIVE = foldedSet(['هذا', 'هذه', 'ذلك', 'تلك', 'هذين', 'هاتين', 'هذان', 'هاتان']);
/** Happenings and buildings a demonstrative may point back at. */
const SCENE_NOUN = foldedSet([
  'الهجوم',
  'الهجمات',
  'الهجمه',
  'الاعتداء',
  'الاعتداءات',
  'التفجير',
  'التفجيرات',
  'الانفجار',
  'القصف',
  'القذائف',
  'القذيفه',
  'الغاره',
  'الغارات',
  'الاشتباكات',
  'المعارك',
  'المعركه',
  'الكمين',
  'الاقتحام',
  'المداهمه',
  'المداهمات',
  'الحادث',
  'الحادثه',
  'الجريمه',
  'المجزره',
  'الاغتيال',
  'المبنى',
  'المبني',
  'المنزل',
  'المكان',
  'الموقع',
  'المعسكر',
  'المسجد',
]);

const isDemonstrative = (t: Token): boolean => t.isArabic && t.stems.some((s) => DEMONSTRATIVE.has(s));

/** True when the tokens [from, to) hold an Arabic demonstrative right before a happening or a building. */
export function hasDemonstrativeAnaphor(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (isDemonstrative(tokens[k]) && SCENE_NOUN.has(tokens[k + 1].norm)) return true;
  return false;
}
