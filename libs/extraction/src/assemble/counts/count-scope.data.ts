// Word lists that scope a clause's casualty figures: conjunct openers that start another happening inside one
// clause, links between a dual subject and its death verb, span words of cumulative tolls and words that point
// back to an earlier happening. Kept apart from count-words.data.ts so each list file stays short.
import { AR_WEEKDAYS } from '../../dates/weekday-names';
import { set } from './count-words.data';

/** Words that open a further conjunct reporting another happening inside one clause ("قصفت الطائرات بغداد، فيما
 * قتل 27 في بيجي", "مبينا أن الطيران وجه ضربة أخرى", "while 5 died elsewhere"): a trigger that is no casualty word
 * takes the tolls of its own conjunct only. */
export const CONJUNCT_OPENERS = set([
  'فيما',
  'وفيما',
  'بينما',
  'وبينما',
  'حين',
  'مبينا',
  'مضيفا',
  'مشيرا',
  'موضحا',
  'لافتا',
  'while',
  'whereas',
  'meanwhile',
]);

/** Words between a dual subject and its death verb: "الشرطيين اللذين قتلا", "عنصرين فقط لقيا حتفهما". */
export const DUAL_LINKS = set(['اللذين', 'اللذان', 'اللتين', 'اللتان', 'فقط', 'لقيا', 'لقيتا']);

/** "أسفرت الهجمات منذ تولي بخاري الرئاسة عن مقتل 570", "has killed 54,000 since October 2023": a toll counted over a
 * span is a cumulative war toll, not one happening's count. */
export const SPAN_START = set(['منذ', 'since']);
/** "killed 12 people, the deadliest attack since 2019", "the first fatalities since November": a superlative a few
 * words before "since" ranks the happening against earlier ones; the span counts no toll. */
export const RANKING = new Set([
  'deadliest',
  'bloodiest',
  'worst',
  'first',
  'biggest',
  'largest',
  'heaviest',
  'highest',
  'fiercest',
  'most',
  'greatest',
]);
/** "قتلوا في معارك عدن خلال ثلاثة أشهر", "خلال الأشهر الماضية", "over the past two years", "in the same period": a toll
 * counted over weeks, months or years adds up many happenings. Only plural or explicit spans count: "خلال شهر
 * رمضان" or "the deadliest attack this year" date or rank one happening. */
export const SPAN_DURING = set(['خلال', 'طيلة', 'طوال', 'مدى', 'over', 'during', 'in', 'within', 'throughout']);
export const LONG_PERIODS = set([
  'الاشهر',
  'الشهور',
  'اشهر',
  'شهور',
  'الاعوام',
  'السنوات',
  'اعوام',
  'سنوات',
  'الاسابيع',
  'اسابيع',
  'months',
  'years',
  'weeks',
  'decades',
  'period',
]);
/** "الغارات تقتل نحو 1000 مقاتل شهريا", "kills 3,000 people a year": a rate, not a happening's toll. */
export const RATE = set(['شهريا', 'سنويا', 'يوميا', 'اسبوعيا', 'monthly', 'annually', 'yearly', 'weekly', 'daily']);
/** Words between the span word and its period: "خلال الأربعة الأشهر الماضية", "over the past two years". */
export const SPAN_FILLERS = set(['the', 'past', 'last', 'same', 'that', 'few', 'several', 'recent']);

/** Nouns of a whole war: as the subject of "has killed" they give a cumulative toll ("the insurgency has killed"). */
export const WAR_NOUNS = set(['war', 'insurgency', 'conflict', 'offensive', 'campaign', 'uprising', 'rebellion']);
/** Spans of hours or days after منذ / since ("since Sunday", "منذ صباح أمس") date the happening itself. */
export const SHORT_SPAN = set([
  ...AR_WEEKDAYS,
  'صباح',
  'الصباح',
  'مساء',
  'ليل',
  'الليله',
  'امس',
  'ساعات',
  'يومين',
  'ايام',
  'saturday',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'morning',
  'dawn',
  'yesterday',
  'overnight',
  'hours',
]);

/** "في هجوم يأتي غداة مقتل 21", "الاشتباكات بدأت بعد مقتل أحد أفراد القبيلة": a casualty word right after these
 * counts an earlier happening, not the clause's. */
export const PRIOR = set(['غداه', 'بعد', 'عقب', 'following']);

/** "أودت بحياة 300 شخص الشهر الحالي وحده", "killed 200 this year alone": a toll of a whole period, told with "alone". */
export const PERIODS = set(['الشهر', 'العام', 'السنه', 'الاسبوع', 'شهر', 'عام', 'month', 'year', 'week']);
export const ALONE = set(['وحده', 'وحدها', 'alone']);
