// Word lists of raw-subject.ts: the heads that make a plain noun phrase a doer (forces, ministry, official, قوات،
// وزارة، المتحدث), and the words that end or skip such a phrase (English stop words and adverbs, Arabic particles,
// times of day, ordinals of units).
import { ADMINISTRATION_HEADS } from './arabic-adjectives';
import { AR_WEEKDAYS } from '../../dates/weekday-names';
import { foldedSet } from '../../text/word-sets';

export const BOMBER_WORDS = ['انتحاري', 'انتحارية', 'انتحاريان', 'انتحاريتان', 'الانتحاري', 'الانتحارية'];
export const SUBJECT_HEADS = new Set(
  'government ministry forces force police army military official officials spokesman spokeswoman spokesperson organisers organizers group militants gunmen protesters demonstrators residents envoy mission council authorities authority troops soldiers rebels fighters court prosecutors prosecutor man woman attacker attackers assailant assailants kidnappers abductors bandits raiders mediators leader leaders president minister governor committee agency coalition alliance party movement administration office department navy guards guard commander commanders chief unions delegation negotiators activists lawmakers parliament junta regime service warplanes jets agents insurgents jihadists gunman militiamen gangs parties members groups union cabinet organisation organization organisations organizations confederation federation association syndicate bloc network speaker supporters ombudsman'.split(
    ' ',
  ),
);
/** Heads of a side's own means of force that act only as someone's: "its aircraft had struck", "its air defences
 * downed". A text subject of the kind only when "its"/"their" owns it; the owner is then the doer (english-owner.ts). */
export const EN_OWNED_FORCE_HEADS = new Set(
  'aircraft units drones defences defenses planes warships vessels helicopters artillery'.split(' '),
);
/** English heads that name a use of force or its weapon ("Airstrikes killed nine", "A car bomb killed"): the act, never
 * the doer; a text subject with such a head is no actor. */
export const EN_FORCE_HEADS = new Set(
  'airstrike airstrikes strike strikes shelling bombardment bombing bombings bomb bombs blast blasts explosion explosions rocket rockets missile missiles shell shells mortar mortars raid raids attack attacks clashes fighting gunfire violence mine mines landmine landmines'.split(
    ' ',
  ),
);

export const EN_STOP = new Set(
  'the a an and or but that which who whom whose when where whereas while as after before if because since than then also had has have is was were be been being it its he she they we i you this these those there here not no said says told on at by with from for of in to into over under about after during'.split(
    ' ',
  ),
);
export const EN_PREPS = new Set('of in at near from on into outside inside around across'.split(' '));
export const EN_SKIP = new Set(
  'had has have also then later reportedly on late early monday tuesday wednesday thursday friday saturday sunday overnight yesterday today earlier night however'.split(
    ' ',
  ),
);
// Adverbs wire copy puts between a subject and its verb: "The foreign ministry strongly condemned", "the army quickly
// denied", "the ministry repeatedly accused". A closed list: nouns in -ly (assembly, ally, rally) are heads.
for (const w of 'is are was were again already strongly firmly sharply swiftly quickly promptly repeatedly publicly formally officially jointly separately previously immediately subsequently initially allegedly vehemently categorically flatly unanimously finally recently'.split(
  ' ',
))
  EN_SKIP.add(w);
export const AR_HEADS = foldedSet([
  'قوة',
  'قوات',
  'القوات',
  'الجيش',
  'جيش',
  'الشرطة',
  // "شرطة منطقة القصيم", "حرس الحدود", "جهاز الأمن": a force named by its unit in the construct state.
  'شرطة',
  'حرس',
  'جهاز',
  'الامن',
  'قوى',
  'القوى',
  'مسلحو',
  'مسلحون',
  // "فجر انتحاري نفسه", "سيارة مفخخة يقودها انتحاري": the bomber is the doer the article names.
  ...BOMBER_WORDS,
  'المسلحون',
  'مقاتلو',
  'مقاتلات',
  'طائرات',
  'الطائرات',
  'الطيران',
  'طيران',
  'وزارة',
  'الوزارة',
  'وزير',
  'الوزير',
  'رئيس',
  'الرئيس',
  'المتحدث',
  'متحدث',
  'مجلس',
  'المجلس',
  'الحكومة',
  'حكومة',
  'السلطات',
  'سلطات',
  'المؤسسة',
  'مؤسسة',
  'الهيئة',
  'هيئة',
  'اللجنة',
  'لجنة',
  'المنظمة',
  'منظمة',
  // "أدانت نقابة الصحفيين اليمنيين قرار ...": a professional syndicate speaks under its own name.
  'نقابة',
  'النقابة',
  'الحركة',
  'حركة',
  'الفصائل',
  'فصائل',
  'المقاومة',
  'المعارضة',
  'البرلمان',
  'المحكمة',
  'محكمة',
  'النيابة',
  'السفارة',
  'المتظاهرون',
  'المحتجون',
  'اهالي',
  'الاهالي',
  'سكان',
  'قائد',
  'القائد',
  'زعيم',
  'الزعيم',
  'مدير',
  'محافظ',
  'المحافظ',
  // "دعا حاكما بورنو ويوبي": a governor, the dual in the construct state too.
  'حاكم',
  'الحاكم',
  'حاكما',
  'الامير',
  'الملك',
  'ولي',
  'نائب',
  'النائب',
  // "هدد نواب محافظون الرئيس", "انتقد النواب الحكومة": members of a parliament.
  'نواب',
  'النواب',
  'مسؤول',
  'المسؤول',
  'مسؤولو',
  'المسؤولون',
  'اجهزة',
  'الاجهزة',
  // "الجهات الأمنية", "وحدات خاصة", "دوريات الأمن": security bodies named by their kind.
  'الجهات',
  'جهات',
  'وحدات',
  'الوحدات',
  'دوريات',
  'الحرس',
  'البحرية',
  'ميليشيات',
  'ميليشيا',
  // "استهدفت أيادي العملاء من ميليشيات الحوثي": the hands (agents) of a group the phrase goes on to name.
  'أيادي',
  // "تمكنت الفرقة السابعة في الجيش العراقي من قتل": an army unit.
  // (definite only: "فرقة العمل" is a task force, often the one addressed).
  'الفرقة',
  'الكتيبة',
  'الفيلق',
  'مليشيات',
  'الميليشيات',
  'مفتي',
  'الناطق',
  'ناطق',
  'تجمع',
  'التحالف',
  'الائتلاف',
  'الاتحاد',
  'الجامعة',
  ...ADMINISTRATION_HEADS,
]);
export const AR_STOP = foldedSet([
  'في',
  'على',
  'من',
  'الى',
  'إلى',
  'عن',
  'مع',
  'ضد',
  'بين',
  'خلال',
  'منذ',
  'بعد',
  'قبل',
  'عند',
  'الذي',
  'التي',
  'الذين',
  'ان',
  'إن',
  'أن',
  'امس',
  'اليوم',
  'مساء',
  'صباح',
  'فجر',
  'ليلة',
  'حيث',
  'بان',
  'بأن',
  'و',
]);
export const AR_TIME = foldedSet(['امس', 'اليوم', 'مساء', 'صباح', 'فجر', 'ليلة', ...AR_WEEKDAYS]);
// "الفرقة السابعة", "اللواء الثالث": ordinals qualify a unit like adjectives.
export const ORDINALS = foldedSet(
  ['الأول', 'الأولى', 'الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة'].concat([
    'السادس',
    'السادسة',
    'السابع',
    'السابعة',
    'الثامن',
    'الثامنة',
    'التاسع',
    'التاسعة',
    'العاشر',
    'العاشرة',
  ]),
);
