// Number words of Arabic (both genders, nominative and oblique) and English, as folded lexicon keys.

export const AR_UNITS: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1,
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};
export const AR_TENS: Record<string, number> = {
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
};
export const AR_HUNDREDS: Record<string, number> = {
  مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مائتا: 200, مئتي: 200, مائتي: 200,
  ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500, ستمئه: 600, ستمائه: 600,
  سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, تسعمئه: 900, تسعمائه: 900,
};
export const AR_MULTIPLIERS: Record<string, number> = {
  الف: 1000, الاف: 1000, الفا: 1000, الفان: 2000, الفين: 2000, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9,
};
/** Vague plurals: a count of about this size, flagged approximate. */
export const AR_VAGUE: Record<string, number> = { عشرات: 20, مئات: 200, مييات: 200 };

export const EN_UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
export const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const EN_MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };
export const EN_VAGUE: Record<string, number> = { dozens: 24, scores: 40, hundreds: 200, thousands: 2000, tens: 20 };

/** Words that qualify a count ("at least 12", "نحو 50"). Multi-word entries are matched on folded tokens. */
export const QUALIFIERS = [
  'نحو', 'قرابه', 'حوالي', 'زهاء', 'اكثر من', 'اقل من', 'ما لا يقل عن', 'ما يقارب', 'ما يزيد عن', 'ما يزيد علي', 'اكثر من',
  'at least', 'about', 'nearly', 'more than', 'some', 'around', 'over', 'up to', 'almost', 'roughly', 'approximately',
];

/** People nouns: singular = 1 ("استشهد شخص", "a soldier was killed"), dual = 2 ("طفلان"). */
export const AR_PERSON_SINGULAR = ['شخص', 'طفل', 'طفله', 'جندي', 'عنصر', 'مواطن', 'مواطنه', 'رجل', 'امراه', 'شاب', 'فتاه', 'شرطي', 'مدني', 'مقاتل', 'مسلح', 'ضابط', 'صحفي', 'مدنيا', 'شخصا', 'جنديا'];
export const AR_PERSON_DUAL = ['شخصان', 'شخصين', 'طفلان', 'طفلين', 'جنديان', 'جنديين', 'عنصران', 'عنصرين', 'مواطنان', 'رجلان', 'رجلين', 'امراتان', 'امراتين', 'شابان', 'شابين', 'ضابطان', 'ضابطين', 'مقاتلان', 'طفلتان', 'طفلتين'];
export const EN_PERSON_SINGULAR = ['person', 'man', 'woman', 'child', 'boy', 'girl', 'soldier', 'policeman', 'officer', 'civilian', 'fighter', 'militant', 'journalist'];
