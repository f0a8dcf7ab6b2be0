// Word lists of background-cues.ts: months, past spans, intentions and the words that introduce a year.
import { foldWord } from '../text/tokenize';

const set = (words: string[]) => new Set(words.map(foldWord));

export const MONTHS = set([
  'يناير',
  'فبراير',
  'مارس',
  'ابريل',
  'مايو',
  'يونيو',
  'يوليو',
  'اغسطس',
  'سبتمبر',
  'اكتوبر',
  'نوفمبر',
  'ديسمبر',
  'كانون',
  'شباط',
  'اذار',
  'نيسان',
  'ايار',
  'حزيران',
  'تموز',
  'اب',
  'ايلول',
  'تشرين',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);
export const LAST = set(['الماضي', 'الماضيه', 'المنصرم', 'last']);
// "last month" is left out: an announcement made last month is often the news itself.
export const LONG_UNITS = set(['العام', 'السنه', 'الاعوام', 'السنوات', 'الاشهر', 'year', 'years', 'months', 'decade']);
// A relative clause describes something else ("قبرص الذي تحتله تركيا منذ 1974"): its times do not date the trigger.
export const AR_RELATIVE = set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللتي']);
export const RELATIVE = set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'which', 'who', 'whose', 'that']);
export const EN_PAST = [
  ['in', 'recent', 'years'],
  ['earlier', 'this', 'year'],
  ['in', 'the', 'past'],
  ['has', 'repeatedly'],
  ['have', 'repeatedly'],
];
// Intentions and schedules announce; they do not report (يعتزم، من المقرر، ينتظر أن، plans to, is expected to).
export const INTENT = set([
  'يعتزم',
  'تعتزم',
  'يعتزمون',
  'سوف',
  'المقرر',
  'المتوقع',
  'المنتظر',
  'ينتظر',
  'يتوقع',
  'تنوي',
  'ينوي',
  'يأمل',
  'تأمل',
  'يريد',
  'تريد',
  'مستعد',
  'مستعدون',
  'مستعده',
  // Seeking and readiness: "تسعى للحصول على تأييد", "أعلن استعداد بلاده للتعاون".
  'يسعى',
  'تسعى',
  'يسعون',
  'استعداد',
  'استعداده',
  'استعدادها',
  'استعدادهم',
  'intends',
  'intend',
  'plans',
  'planning',
  'expected',
  'scheduled',
  'would',
  'could',
  'might',
  'should',
  'will',
  'wants',
  'seeks',
  'ready',
  'hopes',
  'if',
]);

// A four-digit number is a year only after a word that introduces one ("عام 2013", "في 1985", "in 2012", "July
// 2013"); "نحو 2000 شخص" (about 2,000 people) is a count.
export const YEAR_BEFORE = set([
  'عام',
  'العام',
  'سنه',
  'في',
  'منذ',
  'حتى',
  'مطلع',
  'نهايه',
  'اواخر',
  'اوائل',
  'بدايه',
  'in',
  'since',
  'until',
  'during',
  'of',
  'early',
  'late',
  // "By 1957 he was leading": a biography's year.
  'by',
]);
