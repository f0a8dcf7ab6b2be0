// Word lists behind count reading: death and injury cues, subset markers, units that are not people, people
// nouns and vague plurals. Kept apart from read-counts.ts so the logic stays short.
import { foldWord } from '../../text/tokenize';

export const set = (words: string[]) => new Set(words.map(foldWord));

export const DEATH = set([
  'قتلى',
  'قتيل',
  'قتيلا',
  'قتيلين',
  'قتيلان',
  'شهيد',
  'شهيدا',
  'شهداء',
  'شهيدين',
  'استشهد',
  'استشهدت',
  'استشهدوا',
  'استشهاد',
  'مقتل',
  'قتل',
  'قتلوا',
  'قتلا',
  'قتلتا',
  'مصرع',
  'حتفه',
  'حتفهم',
  'حتفها',
  'حتفهما',
  'مصرعه',
  'مصرعهم',
  'وفاة',
  'توفي',
  'توفيت',
  'ضحايا',
  'جثث',
  'جثة',
  'اعدام',
  'اعدم',
  'killed',
  'dead',
  'died',
  'deaths',
  'death',
  'killing',
  'fatalities',
  'lives',
  'bodies',
  'executed',
  'toll',
]);
/** Executions: "was hanged" is one death, "A and B were executed" two, "أعدم التنظيم رجلا" one. */
export const EXECUTION = set(['hanged', 'executed', 'beheaded', 'اعدم', 'اعدمت', 'اعدموا', 'اعدام']);
/** Verbs and phrases whose figure is a toll: "beheading six", "أودى بحياة 5", "راح ضحيته 7". */
for (const w of ['beheaded', 'beheading', 'hanged', 'executing', 'martyred', 'بحياه', 'ضحيته', 'ضحيتها', 'ضحيتهم'])
  DEATH.add(foldWord(w));
/** Feminine and present forms of the death and execution verbs, as headlines and wire copy use them: "قتلت القوات
 * 23 إرهابيا", "غارة أمريكية تقتل 14 جنديا", "بوكو حرام تقتل 9 أشخاص", "داعش يعدم 20". */
for (const w of ['قتلت', 'قتلته', 'قتلتهم', 'قتلهم', 'يقتل', 'تقتل', 'يقتلون', 'يقتلان', 'تقتلان'])
  DEATH.add(foldWord(w));
for (const w of ['اعدمت', 'اعدموا', 'يعدم', 'تعدم']) {
  DEATH.add(foldWord(w));
  EXECUTION.add(foldWord(w));
}
/** English headline presents: "Israeli strike on Gaza City school shelter kills at least 11", "Gangs kill at least 8". */
for (const w of ['kills', 'kill']) DEATH.add(foldWord(w));
/** Army communiqués count fighters they killed as "neutralised": "the army repelled the attack and \"neutralised\"
 * about twenty assailants", "30 militants were \"neutralised\" in the counter-offensive". */
for (const w of ['neutralised', 'neutralized', 'neutralising', 'neutralizing']) DEATH.add(foldWord(w));
/** "succumbed to his wounds", "sustained fatal wounds", "fatally shot two": deaths told through their wounds. */
for (const w of ['succumbed', 'fatal', 'fatally']) DEATH.add(foldWord(w));
/** Words before a wound that turn it into the cause of a death ("توفي متأثرا بجراحه", "succumbed to his
 * injuries"): the wound word is then no injury cue. */
export const DIED_OF = set(['متاثرا', 'متاثره', 'متاثرين', 'متاثرون', 'succumbed', 'fatal']);
/** "أحرقوا ثلاثة شبان حتى الموت": الموت counts a death only after حتى (to death); alone it names death in general. */
export const TO_DEATH = { before: set(['حتى']), word: set(['الموت']) };
/** "خسرنا 11 شخصا", "فقدنا خمسة جنود", "the army lost three soldiers": losses count deaths when a figure of people
 * follows. */
export const WE_LOST = set(['خسرنا', 'فقدنا', 'وخسرنا', 'وفقدنا', 'lost']);
export const INJURY = set([
  'جرحى',
  'جريح',
  'جريحا',
  'جريحين',
  'اصابة',
  'اصابات',
  'اصيب',
  'اصيبت',
  'اصيبوا',
  'مصاب',
  'مصابين',
  'مصابا',
  'بجروح',
  'بجراح',
  'جروح',
  'جراح',
  // "مقتل اثنين وجرح أربعة آخرين": the verbal noun (and the passive verb) of wounding, as common as إصابة.
  'جرح',
  'جرحوا',
  'اصابه',
  'wounded',
  'injured',
  'injuring',
  'injuries',
  'hurt',
  'wounding',
]);
/** Indefinite casualty nouns that follow the figure they count ("28 قتيلا", "5 قتلى", "20 جريحا"): a figure right
 * after one opens a breakdown or the next group, not its count. */
export const COUNTED_NOUNS = set(['قتيلا', 'قتلى', 'جريحا', 'جرحى', 'شهيدا', 'شهداء', 'مصابا']);
// "عشرات القتلى، من ضمنهم ثلاث نساء": ضمنهم marks a subset like بينهم.
export const SUBSET = set(['بينهم', 'منهم', 'بينهن', 'بينهما', 'ضمنهم', 'ضمنهن', 'including', 'among']);
export const PEOPLE = set([
  'شخص',
  'شخصا',
  'اشخاص',
  'جندي',
  'جنديا',
  'جنود',
  'عنصر',
  'عناصر',
  'مقاتل',
  'مقاتلا',
  'مقاتلين',
  'مسلح',
  'مسلحا',
  'مسلحين',
  'متظاهر',
  'متظاهرا',
  'متظاهرين',
  'مدني',
  'مدنيا',
  'مدنيين',
  'مواطن',
  'مواطنا',
  'مواطنين',
  'طفل',
  'طفلا',
  'اطفال',
  'امراه',
  'نساء',
  'لاجي',
  'لاجيا',
  'لاجيين',
  'نازح',
  'نازحين',
  'معتقل',
  'معتقلين',
  'سجين',
  'سجينا',
  'سجناء',
  'اسير',
  'اسرى',
  'people',
  'persons',
  'soldiers',
  'troops',
  'fighters',
  'militants',
  'protesters',
  'demonstrators',
  'civilians',
  'children',
  'women',
  'men',
  'prisoners',
  'detainees',
  'refugees',
  'members',
  'policemen',
  'officers',
  'rebels',
  'gunmen',
  'personnel',
  'firefighters',
  'guards',
  'workers',
  'journalists',
  'villagers',
  'servicemen',
]);
export const TOLL_WORDS = set(['الي', 'to']);
/** English verbs before "to N" that make N a running toll: "rose to", "climbed to", "bringing the toll to". */
export const EN_RISE = set([
  'toll',
  'rose',
  'risen',
  'rising',
  'climbed',
  'climbing',
  'increased',
  'jumped',
  'reached',
  'mounted',
  'bringing',
  'brought',
  'raising',
  'raised',
  'rises',
  'climbs',
]);

// "عشرات القتلى", "dozens were killed": a size, not a toll; the codebook counts only given numbers.
export const VAGUE = set(['عشرات', 'مئات', 'الاف', 'dozens', 'scores', 'hundreds', 'thousands', 'tens']);

/** Words that make the figure next to them a running total of the happening ("حصيلة", "the toll rose to"). */
export const TOTAL = set([
  'حصيله',
  'ارتفع',
  'ارتفعت',
  'ليرتفع',
  'لترتفع',
  'toll',
  'rose',
  'risen',
  'bringing',
  'climbed',
]);

/** An assassination kills one person unless a figure says otherwise ("اغتيل القيادي", "was assassinated"). */
export const ASSASSINATION = set(['اغتيل', 'اغتيلت', 'اغتال', 'اغتالت', 'اغتالوا', 'assassinated']);

/** "محاولة اغتيال", "survived an assassination attempt": nobody died. */
export const ATTEMPT = set(['محاوله', 'محاولات', 'نجا', 'نجاه', 'attempt', 'attempted', 'survived', 'failed']);

/** "لم يسفر عن سقوط قتلى", "دون وقوع إصابات", "no one was killed": an explicit zero. */
export const ZERO_VERBS = set(['يسفر', 'تسفر', 'يسفرا', 'تسجل', 'يسجل', 'يقتل', 'تقع', 'يقع', 'يصب', 'يصب']);
export const ZERO_NEGATORS = set(['لم', 'دون', 'بدون', 'لا', 'without']);
export const ZERO_HEADS = set(['one', 'nobody', 'casualties', 'deaths', 'fatalities', 'injuries', 'dead', 'ضحايا']);
