// Word shapes for reading an Arabic subject phrase (raw-subject.ts): which definite words after a body's name are
// its adjectives rather than the verb's object, administrative heads that name a body by themselves, and groups of
// people who appeal or protest.
import { foldedSet } from '../../text/word-sets';

// Common adjectives that are neither nisba nor م-participles; "التابعة للتحالف" leads on to the owner.
const PLAIN_ADJECTIVES = foldedSet([
  'العام',
  'العامة',
  'الخاص',
  'الخاصة',
  'الأعلى',
  'العليا',
  'الكبرى',
  'الجديد',
  'الجديدة',
  'الحاكم',
  'الحاكمة',
  'التابع',
  'التابعة',
  'التابعين',
]);

// Nouns shaped like a nisba: "دان المجلس العملية", "أدانت الهيئة الجريمة والعمليات" name the verb's object, not
// the subject's kind.
const NISBA_SHAPED_NOUNS = foldedSet([
  'العملية',
  'العمليات',
  'القضية',
  'الاتفاقية',
  'الاتفاقيات',
  'الضحية',
  'القرية',
  'الهدية',
  'التوصية',
  'التوصيات',
  'التسوية',
  'الحرية',
  'الهوية',
]);

/** A folded definite word that reads as an adjective: a nisba (الشعبية, اليمنيين), a participle (المسلحة, المختص)
 * but not a people plural (المواطنين), or a listed plain adjective (العامة, العليا); never a noun of nisba shape
 * (العملية, القضية). */
export const adjectival = (w: string): boolean =>
  !NISBA_SHAPED_NOUNS.has(w) &&
  (/^ال..+(?:ي|يه|يين|يون|يات)$/.test(w) || /^الم..+(?<!ين|ون)$/.test(w) || PLAIN_ADJECTIVES.has(w));

// Indefinite adjectives that are neither nisba nor participle: "مسؤول أمريكي كبير", "دبلوماسي غربي سابق".
const PLAIN_INDEFINITE = foldedSet(['كبير', 'رفيع', 'بارز', 'سابق', 'آخر']);

/** A folded indefinite word that reads as an adjective after an indefinite noun: a nisba of four letters or more
 * (فرنسي, يمنية), a م-participle of five or more (معارض, مستقل), or a listed plain one (كبير, سابق). */
export const indefiniteAdjective = (w: string): boolean =>
  !w.startsWith('ال') && (/^...+(?:ي|يه)$/.test(w) || /^م....+$/.test(w) || PLAIN_INDEFINITE.has(w));

/** "قدمت أمانة منطقة الرياض اعتذارها", "ودعت الجوازات", "ودعت إدارة تعليم الخرج": a municipality, directorate or
 * passport office acts under its own name. */
export const ADMINISTRATION_HEADS = [
  'أمانة',
  'الأمانة',
  'بلدية',
  'البلدية',
  'إدارة',
  'الإدارة',
  'مديرية',
  'المديرية',
  'الجوازات',
];

// Groups of people who speak, appeal or protest: "دعا ناشطون", "ناشدت عائلات الصحافيين", "طالب مغردون". Only for
// such triggers: after a material verb (often an unvocalized passive, "اعتقل ناشطون") they are patients, and
// families meeting ("يجتمع العائلات") hold no talks.
export const PEOPLE_HEADS = [
  'ناشطون',
  'ناشطين',
  'الناشطون',
  'نشطاء',
  'النشطاء',
  'مغردون',
  'المغردون',
  'عائلات',
  'عائلة',
  'اسر',
  'ذوو',
  'عمال',
  'العمال',
  'طلاب',
  'الطلاب',
  'مشايخ',
  'شيوخ',
  'وجهاء',
  // kin of a victim or hostage ("ودعا والد الرهينة الكرواتي السلطات الفرنسية")
  'والد',
  'والدة',
  'شقيق',
  'شقيقة',
  // trades that strike and sit in ("اعتصم العشرات من الأطباء والممرضين", "قرر المزارعون فتح الطرق")
  'أطباء',
  'الأطباء',
  'معلمون',
  'المعلمون',
  'المعلمين',
  'موظفون',
  'الموظفون',
  'مزارعون',
  'المزارعون',
];
