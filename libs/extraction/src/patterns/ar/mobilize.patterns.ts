// Arabic MOBILIZE triggers: reinforcements, deployments, build-ups, alerts and exercises.
import type { SenseRule } from '../trigger-senses';
import { triggers } from '../trigger.types';

const FORCES = ['قوات', 'تعزيزات', 'دفعة', 'مقاتلين', 'عناصر', 'وحدات', 'ألوية', 'آلاف', 'مئات', 'المزيد'];
const THROWN_IN = ['زج', 'زجت', 'زجوا', 'تزج', 'يزج'].flatMap((v) => FORCES.map((f) => `${v} ~ ب${f}`)).join('|');
const THROWING_IN = FORCES.flatMap((f) => [`زج ${f}`, `الزج ب${f}`]).join('|');

const NOT_A_BUILDUP = {
  notBefore: ['الشعبي', 'شعبي', 'من', 'الرافضي', 'الوطني', 'الشيعي'],
  notAfter: ['عناصر', 'مليشيا', 'ميليشيا', 'مليشيات', 'ميليشيات', 'قوات', 'فصائل', 'مقاتلي', 'أمام'],
};

/** Security measures stepped up ("تعزيز الإجراءات الأمنية", "ستكثف التدابير الأمنية", "تم تعزيز إجراءات الأمن"):
 * a verb or masdar of raising times a noun of security measures. The measure is named outright, so "تعزيز العلاقات
 * الأمنية" (cooperation) or "تعزيز القدرات الأمنية" (capacity) stay out. */
const MEASURES = [
  'الإجراءات الأمنية',
  'التدابير الأمنية',
  'إجراءات الأمن',
  'تدابير الأمن',
  'إجراءات أمنية',
  'تدابير أمنية',
];
const RAISING = ['تشديد', 'تعزيز', 'تكثيف'];
const RAISE = ['شدد', 'شددت', 'عزز', 'عززت', 'كثف', 'كثفت', 'ستشدد', 'سيشدد', 'ستعزز', 'سيعزز', 'ستكثف', 'سيكثف'];
const MEASURES_RAISED = RAISING.flatMap((m) => MEASURES.map((x) => `${m} ${x}`)).join('|');
const RAISES_MEASURES = RAISE.flatMap((v) => MEASURES.map((x) => `${v} ~ ${x}`)).join('|');

/** Troops and war machines a state sends or deploys ("أرسلت إيران 15 ألف مقاتل إلى سوريا", "نشرت الولايات المتحدة
 * طائرات مقاتلة في قاعدة إنجرليك", "تم نشر ألف جندي إضافي"): named so that sending a letter or publishing a
 * picture stays out. */
const WAR_MEANS = [
  'جنود',
  'جندي',
  'جنديا',
  'مقاتل',
  'مقاتلا',
  'مقاتلين',
  'دبابات',
  'مدرعات',
  'آليات عسكرية',
  'سفن حربية',
  'سفينة حربية',
  'بوارج',
  'طائرات حربية',
  'طائرات مقاتلة',
  'مقاتلات',
  'قطع بحرية',
  'حاملة طائرات',
  'قوة عسكرية',
  'مستشارين عسكريين',
];
/** Past forms only: a present "ينشر الاتحاد الأفريقي أكثر من 20 ألف جندي في الصومال" tells a standing force, and the
 * masdar إرسال is mostly a plan or a demand ("مخطط لإرسال مقاتلين"). */
const SENDING = ['أرسل', 'أرسلت', 'أرسلوا', 'نشر', 'نشرت', 'نشروا'];
const SENT_MEANS = SENDING.flatMap((v) => WAR_MEANS.map((m) => `${v} ~~ ${m}`));
const SENDING_MEANS = WAR_MEANS.map((m) => `نشر ~ ${m}`);
/** Police and security men sent into a place ("نشرت السلطات 550 شرطيا في كاليه", "نشرت مصر عشرة آلاف شرطي", "نشر
 * مئات من رجال الأمن حول الملعب"): a deployment like troops. A lone singular شرطي is left out: folded, "نشرته"
 * (its newscast) reads as نشرت, and "في صدر نشرته … اتهام شرطي" is a policeman charged, not one sent. */
const POLICE = [
  'شرطيا',
  'آلاف شرطي',
  'ألف شرطي',
  'رجال شرطة',
  'رجال الشرطة',
  'رجال أمن',
  'رجال الأمن',
  'عناصر أمن',
  'دركيا',
];
const SENT_POLICE = SENDING.flatMap((v) => POLICE.map((m) => `${v} ~~ ${m}`));
/** The masdar تحشيد and its plurals ("قيام التنظيم بتحشدات لقواته", "أخذ عناصره بتحشيد قواتهم"): a build-up of
 * forces named with them, since "تحشيد الرأي العام" or "تحشيد الجماهير" rallies opinion, not troops. */
const MASSED = [
  'قوات',
  'قواته',
  'قواتها',
  'قواتهم',
  'مقاتلين',
  'المقاتلين',
  'مقاتليه',
  'مقاتليها',
  'مقاتليهم',
  'عناصر',
  'عناصره',
  'عناصرها',
  'عناصرهم',
  'الجنود',
];
const MASSING = [
  ...['تحشيد', 'تحشيدات', 'تحشدات'].flatMap((n) => MASSED.map((f) => `${n} ~ ${f}`)),
  'تحشيدات عسكرية',
  'تحشدات عسكرية',
  'تحشيد عسكري',
];
/** Forces pushed to a front with بـ ("دفعت قوات التحالف بمدرعات إلى عدن", "يدفع الحوثيون بمقاتلين جدد"). */
const PUSHED = ['بمدرعات', 'بدبابات', 'بآليات', 'بمقاتلين', 'بجنود', 'بوحدات', 'بألوية', 'بكتائب', 'بمسلحين'];
const PUSHED_IN = ['دفع', 'دفعت', 'دفعوا', 'يدفع', 'تدفع'].flatMap((v) => PUSHED.map((f) => `${v} ~~ ${f}`));
/** Raising an alert named by its level ("رفعت بريطانيا مستوى التأهب", "رفعت القوات درجة التأهب على الحدود"). */
const ALERT_LEVELS = ['مستوى التأهب', 'درجة التأهب', 'مستوى الاستعداد', 'درجة الاستنفار', 'مستوى الاستنفار'];
const LEVEL_RAISED = ['رفع', 'رفعت', 'رفعوا', 'يرفع', 'ترفع'].flatMap((v) => ALERT_LEVELS.map((l) => `${v} ~~ ${l}`));
/** Forces spread through a place, told with them as subject ("انتشرت وحدات من الجيش في شوارع العاصمة"); a disease or
 * a fire spreading has no such subject. */
const SPREAD = ['انتشر', 'انتشرت', 'انتشروا'].flatMap((v) =>
  ['الجيش', 'قوات', 'وحدات', 'جنود', 'عناصر', 'دوريات', 'مدرعات', 'آليات', 'مسلحو', 'مسلحون', 'ميليشيات', 'مليشيات']
    .map((f) => `${v} ${f}`)
    // "انتشرت قوات" is listed with the forces sent (weight 0.9), which always read it first.
    .filter((p) => p !== 'انتشرت قوات'),
);
/** A presence stepped up ("كثفت الشرطة الفرنسية انتشارها في محطات القطارات"): only with انتشار, since traffic
 * patrols too "كثفت تواجدها" in a sandstorm. */
const STEPPED_UP = ['كثف ~ انتشار', 'كثفت ~ انتشار', 'كثفوا ~ انتشار', 'عزز ~ انتشار'];

/** A sending verb whose gap holds what is sent or published instead (a letter, a picture, a fatwa "calling on" the
 * fighters): the troops are then its addressees or its subject matter, not what is sent. */
const NOT_SENT = [
  'فتوى',
  'تسجيل',
  'تسجيلا',
  'شريط',
  'شريطا',
  'تغريدة',
  'مقال',
  'مقالا',
  'كتاب',
  'كتابا',
  'وثيقة',
  'خريطة',
  'تدعو',
  'يدعو',
  'تظهر',
  'يظهر',
  'يضم',
  'تضم',
  'صور',
  'صورا',
  'صورة',
  'رسالة',
  'رسائل',
  'برقية',
  'تقرير',
  'تقريرا',
  'فيديو',
  'مقطع',
  'مقطعا',
  'تحية',
  'أسماء',
  'قائمة',
  'بيان',
  'بيانا',
  'خبر',
  'خبرا',
  'إلى',
  'الى',
  'على',
  'عن',
  'بين',
];
export const AR_SENT_FORCES_SENSES: SenseRule[] = [
  { type: 'MOBILIZE', phrases: [...SENT_MEANS, ...SENDING_MEANS, ...SENT_POLICE], gapNot: NOT_SENT },
];

export const AR_MOBILIZE = triggers('MOBILIZE', [
  [
    'troops',
    'noun',
    0.9,
    'تعزيزات|تعزيزات عسكرية|حشود عسكرية|انتشار عسكري|نشر قوات|الدفع بتعزيزات|أرتال عسكرية|رتل عسكري|أفواج عسكرية|ألوية عسكرية|نشر وحدات',
    // الحشد الشعبي is the name of the Iraqi Popular Mobilization Forces, not a build-up.
    { notBefore: ['الشعبي', 'شعبي'] },
  ],
  // A bare حشد is also a crowd ("وسط حشد من الشباب", "أمام حشد من أنصاره") and, after its militia's name, the Iraqi
  // Popular Mobilization by another of its names ("لعناصر الحشد الرافضي", "الحشد الوطني", "مليشيا الحشد").
  ['troops', 'noun', 0.9, 'حشود|حشد', NOT_A_BUILDUP],
  // The verb's other forms, under the same neighbours (bare حشد is read by the noun entry, which matches first).
  ['troops', 'verb', 0.9, 'حشدت|حشدوا|يحشد|تحشد|يحشدون', NOT_A_BUILDUP],
  ['troops', 'verb', 0.85, [...SENT_MEANS, ...PUSHED_IN, ...SPREAD].join('|')],
  ['troops', 'noun', 0.8, SENDING_MEANS.join('|')],
  ['troops', 'verb', 0.8, SENT_POLICE.join('|')],
  ['troops', 'noun', 0.85, MASSING.join('|')],
  ['troops', 'verb', 0.8, STEPPED_UP.join('|')],
  ['troops', 'noun', 0.8, 'تكثيف الانتشار|تكثيف التواجد الأمني'],
  ['alert', 'verb', 0.85, LEVEL_RAISED.join('|')],
  ['alert', 'noun', 0.8, 'رفع مستوى التأهب|رفع درجة التأهب'],
  [
    'troops',
    'verb',
    0.9,
    'دفع ~ بتعزيزات|دفعت ~ بتعزيزات|دفعوا ~ بتعزيزات|أرسل ~ تعزيزات|أرسلت ~ تعزيزات|أرسل ~ قوات|أرسلت ~ قوات|نشر ~ قوات|نشرت ~ قوات|نشر ~ جنود|نشرت ~ جنود|استقدم|استقدمت|عزز ~ قواته|عززت ~ قواتها|عزز ~ تواجد|عززت ~ تواجد|عززت ~ وجودها|عززت ~ انتشارها|انتشرت قوات|نشر ~ وحدات|نشرت ~ وحدات|نشر ~ آليات|نشرت ~ آليات|دفع ~ بقوات|دفعت ~ بقوات|دفع ~ بأرتال|دفعت ~ بأرتال',
  ],
  // Forces arriving or setting out toward a front, told with a finite verb ("تعزيزات عسكرية ضخمة تتضمن آليات ومعدات
  // ثقيلة وصلت قوات الجيش", "وصلت تعزيزات إلى الجبهة", "قوة عسكرية كبيرة اتجهت من عدن نحو أبين"): the arrival is the
  // build-up itself, so the phrase is surer than the bare noun.
  [
    'troops',
    'verb',
    0.9,
    'وصلت ~ تعزيزات|تعزيزات ~~ وصلت|وصلت ~ أرتال|أرتال ~~ وصلت|قوة عسكرية ~ اتجهت|قوة عسكرية ~ توجهت|قوة عسكرية ~ تحركت|اتجهت قوة عسكرية|توجهت قوة عسكرية|تحركت قوة عسكرية',
  ],
  // Before the gapped 'تشديد ~ الأمنية' below, which would otherwise take the same words first.
  ['alert', 'noun', 0.8, MEASURES_RAISED],
  ['alert', 'verb', 0.85, RAISES_MEASURES],
  [
    'alert',
    'noun',
    0.8,
    'استنفار|حالة التأهب|رفع حالة التأهب|حالة الاستنفار|رفع درجة الاستعداد|التأهب القصوى|الاستنفار الأمني|تشديد ~ الأمنية',
  ],

  [
    'alert',
    'verb',
    0.85,
    'رفع ~ حالة التأهب|رفعت ~ حالة التأهب|رفعت ~ درجة الاستعداد|رفع ~ درجة الاستعداد|أعلن ~ حالة الاستنفار|أعلنت ~ حالة الاستنفار|استنفرت',
  ],
  [
    'exercise',
    'noun',
    0.75,
    'مناورات|مناورات عسكرية|تدريبات عسكرية|مناورة عسكرية|مناورات مشتركة|تمرين عسكري|تمرين مشترك|تمرينا عسكريا|تمرينا مشتركا|مناورة مشتركة|مناورات بحرية|مناورات جوية|تمارين عسكرية',
  ],
  ['militia', 'verb', 0.75, 'جند|جندت|تجنيد'],
  // A deployment in the impersonal passive, the people sent named before it ("عشرة آلاف شرطي ... سيتم نشرهم في
  // العاصمة", "ألفي جندي إضافي سيتم نشرهم في أقصى شمال البلاد"): نشر of a plural of persons is sending them out, while
  // a text or a picture published takes نشرها or نشره.
  ['troops', 'passive', 0.8, 'سيتم نشرهم|تم نشرهم|يتم نشرهم|سيجري نشرهم|جرى نشرهم'],
  // زج ب is throwing forces into a front ("إيران تزج بدفعة جديدة من الحرس الثوري"); the objects keep "زج به في السجن"
  // (jailing) out. The masdar takes its object directly ("بزج دفعة جديدة").
  ['troops', 'verb', 0.85, THROWN_IN],
  ['troops', 'noun', 0.8, THROWING_IN],
  // A deployment told by its masdar with the people sent ("أعلن الاتحاد الأفريقي نشر عسكريين ومراقبين", "نشر خبراء
  // عسكريين") and forces moved toward a front ("تحريك المحور الثاني باتجاه تعز", "تحريك قوات إضافية").
  [
    'troops',
    'noun',
    0.85,
    'نشر عسكريين|نشر ~ عسكريين|نشر خبراء عسكريين|نشر مراقبين عسكريين|تحريك قوات|تحريك ~ قوات|تحريك المحور|تحريك ~ الألوية|تحريك ~ تعزيزات',
  ],
  // Handing out weapons to fighters ("جرى توزيع آلاف قطع الأسلحة على نحو 30 ألف عنصر", "وزعت الحكومة السلاح على
  // العشائر") and forcing people to bear arms ("إلزام قصر على حمل السلاح"): a force raised, whoever its members.
  [
    'arm',
    'noun',
    0.8,
    'توزيع السلاح على|توزيع الأسلحة على|توزيع ~~ الأسلحة|إلزام ~ على حمل السلاح|إجبار ~ على حمل السلاح|إرغام ~ على حمل السلاح',
  ],
  [
    'arm',
    'verb',
    0.8,
    'وزع ~~ الأسلحة على|وزعت ~~ الأسلحة على|وزع ~~ السلاح على|وزعت ~~ السلاح على|أجبر ~~ على حمل السلاح|أجبرت ~~ على حمل السلاح|أرغمت ~~ على حمل السلاح',
  ],
  // Arming fighters or guards on an order ("أمر حكام الولايات بتسليح أفراد الحرس الوطني").
  ['arm', 'verb', 0.8, 'أمر ~~ بتسليح|أمرت ~~ بتسليح|أوامر بتسليح|أمر بتسليح|قرر ~~ تسليح|قررت ~~ تسليح'],
]);
