// Word lists for composed actor phrases: state institutions (الجيش + التركي → Turkey's military), person titles
// (وزير الخارجية السعودي عادل الجبير), common first names (رياض حجاب) and words that end a person's name.
import type { ActorKind } from './actor.types';

export type InstitutionRole = 'gov' | 'mil' | 'police';
export const ROLE_KIND: Record<InstitutionRole, ActorKind> = { gov: 'government', mil: 'military', police: 'police' };
export const ROLE_NAME: Record<InstitutionRole, string> = { gov: 'government', mil: 'military', police: 'police' };

/** Arabic heads, followed by a gentilic: الجيش التركي, وزارة الدفاع الروسية, القوات الأمريكية. */
export const ARABIC_INSTITUTIONS: Record<string, InstitutionRole> = {
  'الحكومة': 'gov', 'حكومة': 'gov', 'وزارة الدفاع': 'gov', 'وزارة الخارجية': 'gov', 'وزارة الداخلية': 'gov',
  'الخارجية': 'gov', 'الداخلية': 'gov', 'الرئاسة': 'gov', 'البرلمان': 'gov', 'السلطات': 'gov', 'النظام': 'gov',
  'الدبلوماسية': 'gov', 'السفارة': 'gov', 'الإدارة': 'gov', 'مجلس الوزراء': 'gov', 'المسؤولين': 'gov', 'المسؤولون': 'gov',
  'وزارة': 'gov', 'الوزارة': 'gov', 'السلطات الأمنية': 'police', 'الشرطة': 'police', 'قوات الأمن': 'police',
  'الأمن': 'police', 'الأجهزة الأمنية': 'police', 'المخابرات': 'police', 'حرس الحدود': 'police', 'الاستخبارات': 'police',
  'الجيش': 'mil', 'جيش': 'mil', 'القوات': 'mil', 'قوات': 'mil', 'القوات المسلحة': 'mil', 'الطائرات الحربية': 'mil',
  'الطائرات': 'mil', 'طائرات': 'mil', 'الطيران': 'mil', 'الطيران الحربي': 'mil', 'المقاتلات': 'mil', 'البحرية': 'mil',
  'القوات الجوية': 'mil', 'سلاح الجو': 'mil', 'الجنود': 'mil', 'جنود': 'mil', 'القوات البرية': 'mil', 'المدفعية': 'mil',
  'البوارج': 'mil', 'القوات الخاصة': 'mil', 'الدبابات': 'mil', 'دبابات': 'mil', 'المروحيات': 'mil', 'البحرية الأمريكية': 'mil',
  'القوات الحكومية': 'mil', 'الميليشيات': 'mil', 'ميليشيات': 'mil',
};

/** English heads, preceded by a gentilic: Turkish army, Russian Defence Ministry, US forces. */
export const ENGLISH_INSTITUTIONS: Record<string, InstitutionRole> = {
  government: 'gov', authorities: 'gov', 'defence ministry': 'gov', 'defense ministry': 'gov', 'foreign ministry': 'gov',
  'interior ministry': 'gov', ministry: 'gov', officials: 'gov', regime: 'gov', parliament: 'gov', administration: 'gov',
  embassy: 'gov', police: 'police', 'security forces': 'police', 'border guards': 'police', 'coast guard': 'police',
  intelligence: 'police', army: 'mil', military: 'mil', forces: 'mil', troops: 'mil', 'air force': 'mil', navy: 'mil',
  warplanes: 'mil', jets: 'mil', aircraft: 'mil', soldiers: 'mil', 'armed forces': 'mil', 'special forces': 'mil',
  'government forces': 'mil', 'ground forces': 'mil', tanks: 'mil', drones: 'mil', 'fighter jets': 'mil',
};

/** Arabic titles before a person's name; `true` = weak (السيد, الشيخ): needs two name words. */
export const ARABIC_TITLES: Record<string, boolean> = {
  'الرئيس': false, 'الملك': false, 'الأمير': false, 'ولي العهد': false, 'ولي ولي العهد': false, 'وزير الخارجية': false,
  'وزير الدفاع': false, 'وزير الداخلية': false, 'وزير الإعلام': false, 'رئيس الوزراء': false, 'رئيس الحكومة': false,
  'المتحدث باسم': false, 'المتحدث الرسمي': false, 'المتحدث': false, 'العميد': false, 'اللواء': false, 'العقيد': false,
  'المقدم': false, 'الرائد': false, 'النقيب': false, 'الفريق': false, 'الفريق أول': false, 'المشير': false,
  'الشيخ': true, 'السفير': false, 'النائب': true, 'الدكتور': true, 'د': true, 'المنسق العام': false, 'القائد': false,
  'قائد': false, 'زعيم': false, 'المبعوث': false, 'الوزير': false, 'وزير': false, 'السيد': true, 'الناشط': true,
  'الإعلامي': true, 'الصحفي': true, 'الإمام': true, 'المفتي': false, 'المرشد': false, 'رئيس': false, 'نائب الرئيس': false,
  'رئيس الأركان': false, 'قائد الجيش': false, 'مساعد وزير الخارجية': false, 'نائب وزير الخارجية': false, 'السلطان': false,
};

export const ENGLISH_TITLES: Record<string, boolean> = {
  president: false, 'prime minister': false, 'foreign minister': false, 'defence minister': false, 'defense minister': false,
  'interior minister': false, minister: false, king: false, prince: false, 'crown prince': false, sheikh: true, gen: false,
  general: false, col: false, colonel: false, brig: false, 'brig gen': false, brigadier: false, 'brigadier general': false,
  maj: false, major: true, lt: false, capt: false, mr: false, mrs: false, ms: false, dr: false, spokesman: false,
  spokeswoman: false, spokesperson: false, ambassador: false, envoy: false, commander: false, leader: true, emir: false,
  sultan: false, secretary: true, 'secretary of state': false, 'secretary general': false, senator: false,
};

/** Given names common enough to mark a person without a title (رياض حجاب); ambiguous words (علي, سعيد) excluded. */
export const ARABIC_FIRST_NAMES = new Set(
  ('محمد أحمد عبدالله خالد عمر عثمان إبراهيم يوسف مصطفى محمود رياض أسعد عادل سلمان فيصل نايف ناصر سلطان طلال وليد مروان ' +
    'هشام طارق ماجد فهد بندر حمد عمار يحيى إسماعيل حيدر عباس قاسم عبدالرحمن عبدالعزيز عبدالملك عبدالكريم أنس بشار ' +
    'حافظ ماهر فراس غسان نبيل عماد جواد مهدي حسين حسن سامي زياد ياسر عبد أبو منصور حمزة بسام هيثم معاذ').split(' '),
);

/** Words that cannot be part of a name: they end the name run. */
export const NAME_STOP = new Set(
  ('في من على الى إلى عن ان أن إن قال قالت أكد اكد وقال وأكد مع بعد قبل خلال التي الذي الذين هذا هذه ذلك تلك كان كانت ' +
    'أمس اليوم يوم لدى حول بين عبر ضد أمام منذ حيث كما أو ثم لم لن قد لا ما إنه أنه بأن هو هي شرق غرب شمال جنوب ' +
    'الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد صحة بشأن لـ نفى أعلن أشار أوضح وأوضح وأشار مؤكدا ' +
    'إن وزير رئيس الرئيس جراء بسبب عقب أثناء إثر وسط داخل خارج تحت فوق عند').split(' '),
);
