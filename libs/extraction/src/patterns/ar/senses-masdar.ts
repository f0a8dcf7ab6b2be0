// Arabic sense rules for a trigger noun that names no act done now (see ../trigger-senses.ts), from a frequency audit
// of what fires on unlabeled feed text: unvocalized رفع is both "lifted" and "the lifting", and the masdar is mostly a
// prospect ("مقابل رفع العقوبات", "فور رفع العقوبات", "لرفع العقوبات"); "أي تعاون" is cooperation refused or wished
// for; mines swept, cleared or mapped ("كاسحات ألغام", "نزع الألغام", "حقول ألغام") are equipment and demining, not a
// blast.
import type { SenseRule } from '../trigger-senses';

/** The lexicon's lifting phrases whose head is the ambiguous رفع (concede.patterns.ts). */
const LIFTING = ['الحظر', 'حظر', 'العقوبات', 'الحصار', 'القيود', 'حظر التجول', 'حظر التجوال', 'قرار منع', 'قرار حظر']
  .flatMap((o) => [`رفع ~~ ${o}`, `رفع ~ ${o}`])
  .filter((p, i, all) => all.indexOf(p) === i);

/** Words that govern the masdar: a preposition, a noun of condition or time, or a modal ("يجب رفع"). Not "عن" nor
 * "تم", after which the lifting is reported ("أعلنت عن رفع الحظر", "تم رفع الحصار"). */
const MASDAR_HEADS = [
  ...['من', 'إلى', 'الى', 'مقابل', 'بمقابل', 'فور', 'بعد', 'قبل', 'حال', 'بمجرد', 'حتى', 'بشأن', 'حول'],
  ...['مسألة', 'قضية', 'أجل', 'سبيل', 'ضرورة', 'إمكانية', 'احتمال', 'شرط', 'بشرط', 'تمهيدا', 'عدم'],
  ...['يمكن', 'يجب', 'ينبغي', 'يتسنى', 'سيتم'],
];

const COOPERATION = ['تعاون', 'التعاون', 'تنسيق', 'التنسيق', 'تنسيق أمني', 'تعاون أمني', 'تعاون عسكري'];

export const AR_MASDAR_SENSES: SenseRule[] = [
  {
    type: 'CONCEDE',
    phrases: LIFTING,
    subjectNot: MASDAR_HEADS,
    window: 1,
    // "لرفع العقوبات": the purpose of another act.
    surfaceNot: /^و?لرفع$/,
  },
  // "رفض أي تعاون مع الأسد" ("بالتعاون مع" before another act is left to filters/arabic-manner-phrases.ts).
  {
    type: 'COOPERATE',
    phrases: COOPERATION,
    subjectNot: ['أي', 'بأي', 'لأي', 'دون', 'عدم'],
    window: 1,
  },
  // A ban or a siege lifted is no ban imposed: once رفع الحظر is read as a prospect above, its noun must not fire
  // alone ("بعد رفع الحظر عن أموالها").
  {
    type: 'COERCE',
    phrases: ['حظر', 'حظر التجول', 'حظر التجوال', 'حظر تجول', 'حصار'],
    subjectNot: ['رفع', 'برفع', 'رفعت', 'إلغاء', 'ألغى', 'ألغت', 'إنهاء', 'انتهاء', 'كسر', 'فك'],
    window: 1,
  },
  {
    type: 'ASSAULT',
    phrases: ['لغم', 'ألغام'],
    subjectNot: [
      ...['كاسحة', 'كاسحات', 'كاشفة', 'كاشفات', 'كاشف', 'نزع', 'إزالة', 'تفكيك', 'مسح', 'تطهير'],
      ...['حقل', 'حقول', 'خرائط', 'خريطة'],
    ],
    // "لتطهيرها من الألغام": the clearing verb stands a word or two before.
    window: 3,
  },
];
