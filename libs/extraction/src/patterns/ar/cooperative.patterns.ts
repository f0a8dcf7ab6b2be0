// Arabic triggers of cooperative events: AGREE, CONSULT, SUPPORT, COOPERATE, AID, SANCTION (CONCEDE: concede.patterns.ts).
import type { SenseRule } from '../trigger-senses';
import { triggers } from '../trigger.types';

export const AR_AGREE = triggers('AGREE', [
  [
    'agree',
    'verb',
    0.8,
    'اتفق|اتفقت|اتفقوا|اتفقا|اتفقتا|يتفقان|يتفق|وافق|وافقت|وافقوا|توصل ~ اتفاق|توصلت ~ اتفاق|توصلوا ~ اتفاق|توصل ~ إلى اتفاق|توصلا ~ اتفاق|أبرم|أبرمت',
  ],
  [
    'sign',
    'verb',
    0.85,
    'وقع ~ اتفاق|وقعت ~ اتفاق|وقع ~ اتفاقية|وقعت ~ اتفاقية|وقع ~ مذكرة|وقعت ~ مذكرة|وقعا ~ اتفاقية|وقعا ~ اتفاق|وقع ~ اتفاقيات|وقعت ~ اتفاقيات|وقعوا ~ اتفاق',
  ],
  // The signatories between verb and object ("وقعت كل من قبيلتي التبو والطوارق بمدينة سبها اتفاقا", "أبرمت باكستان
  // اتفاقية"): only objects that cannot be a background mention (an accusative or على اتفاق), so that "وقعت
  // الاشتباكات رغم الاتفاق" stays no signing. The accusative اتفاقا waits past a long subject (~~~).
  [
    'sign',
    'verb',
    0.85,
    'وقع ~~~ اتفاقا|وقعت ~~~ اتفاقا|وقعوا ~~~ اتفاقا|وقعا ~~~ اتفاقا|وقع ~~ على اتفاق|وقعت ~~ على اتفاق|وقعوا ~~ على اتفاق|وقعا ~~ على اتفاق|وقع ~~ اتفاقية|وقعت ~~ اتفاقية|وقع ~~ اتفاقيات|وقعت ~~ اتفاقيات|وقع ~~ مذكرة تفاهم|وقعت ~~ مذكرة تفاهم|وقع ~~ مذكرات تفاهم|وقعت ~~ مذكرات تفاهم|أبرم ~~ اتفاقا|أبرمت ~~ اتفاقا|أبرم ~~ اتفاقية|أبرمت ~~ اتفاقية|أبرم ~~ صفقة|أبرمت ~~ صفقة',
  ],
  // Reaching an understanding or a settlement ("توصل الجانبان إلى تفاهم حول الملف الأمني", "توصلوا إلى تسوية"), and
  // signing a treaty, a protocol, a charter or a declaration ("وقعت مصر والسعودية على إعلان القاهرة").
  [
    'agree',
    'verb',
    0.8,
    ['توصل', 'توصلت', 'توصلوا', 'توصلا']
      .flatMap((v) => ['تفاهم', 'تفاهمات', 'تسوية'].map((o) => `${v} ~ ${o}`))
      .join('|'),
  ],
  [
    'sign',
    'verb',
    0.85,
    ['وقع', 'وقعت', 'وقعوا', 'وقعا']
      .flatMap((v) =>
        [
          'معاهدة',
          'على معاهدة',
          'بروتوكول',
          'على بروتوكول',
          'ميثاق',
          'على ميثاق',
          'على إعلان',
          'على وثيقة',
          'بالأحرف الأولى',
        ].map((o) => `${v} ~~ ${o}`),
      )
      .join('|'),
  ],
  ['sign', 'noun', 0.8, 'توقيع|توقيع اتفاق|توقيع اتفاقية|مذكرة تفاهم|مذكرات تفاهم|التوصل إلى اتفاق|التوصل لاتفاق'],
  // "وتم الاتفاق على تشكيل لجنة مشتركة", "تم خلال المباحثات الاتفاق على": تم + masdar is a verb (an agreement was
  // reached on something). "ما تم الاتفاق عليه", "التي تم الاتفاق عليها" recall what was agreed before; "ينص الاتفاق
  // على" (a term of a deal) has no تم.
  [
    'agree',
    'verb',
    0.75,
    'تم ~ الاتفاق ~ على|جرى ~ الاتفاق ~ على',
    { notAfter: ['ما', 'مما', 'بما', 'كما', 'التي', 'الذي', 'الذين', 'اللذين', 'حسبما', 'وفق', 'وفقا'] },
  ],
  // "أسفر اللقاء عن الاتفاق على إقرار القوة المشتركة": the outcome of talks.
  ['agree', 'noun', 0.75, 'عن الاتفاق على'],
]);

/** "استقبلت كركوك أكثر من نصف مليون نازح": receiving refugees, patients or pilgrims is no meeting. */
export const RECEIVED_CROWDS = [
  'مليون',
  'آلاف',
  'الآلاف',
  'عشرات',
  'مئات',
  'ملايين',
  'نازح',
  'نازحين',
  'النازحين',
  'لاجئ',
  'لاجئين',
  'اللاجئين',
  'المرضى',
  'مرضى',
  'الحجاج',
  'حجاج',
  'المعتمرين',
  'زوار',
  'الزوار',
  'المصابين',
  'الجرحى',
  'طلبات',
  'الطلبات',
  'بلاغات',
  'البلاغات',
  'أهالي',
  'الأهالي',
  'المواطنين',
  'الزائرين',
  'المصطافين',
  'السياح',
  'الخريجين',
];

const GATHERINGS = ['مؤتمر', 'المؤتمر', 'القمة', 'قمة', 'اجتماع', 'الاجتماع', 'اجتماعات', 'الاجتماعات'];
const PROCEEDINGS = GATHERINGS.flatMap((g) => [`فعاليات ${g}`, `أعمال ${g}`]);
const CONVENED = ['بدأت', 'انطلقت', 'افتتح', 'افتتحت', 'اختتمت', 'اختتم', 'تنطلق', 'تبدأ']
  .flatMap((v) => PROCEEDINGS.map((p) => `${v} ~ ${p}`))
  .join('|');
const CONVENING = ['انطلاق', 'افتتاح', 'اختتام'].flatMap((n) => PROCEEDINGS.map((p) => `${n} ${p}`)).join('|');

export const AR_CONSULT = triggers('CONSULT', [
  [
    'meet',
    'verb',
    0.8,
    'التقى|التقت|التقوا|يلتقي|تلتقي|اجتمع|اجتمعت|اجتمعوا|يجتمع|بحث|بحثت|بحثا|يبحث|تبحث|ناقش|ناقشت|ناقشا|تباحث|تباحثا',
    { notBefore: ['عن'] },
  ],
  // Receiving crowds is no meeting: see receivesCrowd.
  ['meet', 'verb', 0.8, 'استقبل|استقبلت|يستقبل|تستقبل'],
  // Dual and plural forms: two leaders meeting ("التقيا", "اجتمعا") is the commonest wire phrasing of a bilateral.
  [
    'meet',
    'verb',
    0.8,
    'التقيا|التقتا|اجتمعا|اجتمعتا|يلتقيان|يجتمعان|يلتقون|يجتمعون|ناقشوا|تباحثوا|يتباحث|يتباحثان|يبحثان|بحثوا',
    { notBefore: ['عن'] },
  ],
  ['visit', 'verb', 0.75, 'زارا|زارتا'],
  // Holding talks or a meeting, with the subject between verb and noun ("أجرى وزير الخارجية أمس محادثات", "عقد وزير
  // الخارجية اجتماعا مع نظيره"): the light verb makes the masdar a verb phrase with its subject in place.
  [
    'meet',
    'verb',
    0.8,
    'عقد ~~ محادثات|عقدت ~~ محادثات|عقد ~~ مباحثات|عقدت ~~ مباحثات|أجرى ~~ محادثات|أجرت ~~ محادثات|أجرى ~~ مباحثات|أجرت ~~ مباحثات|ترأس ~~ اجتماعا|ترأست ~~ اجتماعا|عقد ~~ اجتماعا|عقدت ~~ اجتماعا|عقدا ~~ اجتماعا|عقدوا ~~ اجتماعا',
  ],
  [
    'meet',
    'noun',
    0.75,
    'لقاء|لقائه|لقائها|لقائهما|لقائهم|اجتماع|اجتماعا|قمة|محادثات|مباحثات|مشاورات|مفاوضات|جولة مفاوضات|استقبال',
  ],
  ['visit', 'noun', 0.75, 'زيارة|زيارته|زيارتها'],
  ['visit', 'verb', 0.75, 'زار|زارت|زاروا|يزور|تزور|وصل ~~~ في زيارة|وصلت ~~~ في زيارة'],
  ['phone', 'noun', 0.85, 'اتصال هاتفي|اتصالا هاتفيا|مكالمة هاتفية|اتصالات هاتفية'],
  // The wire agencies' other words for a call ("غداة محادثة هاتفية بين الرئيس الأمريكي ونظيره التركي"): a talk or
  // talks held by phone are a phone call, not a meeting in some venue (محادثة alone is no trigger at all).
  ['phone', 'noun', 0.85, 'محادثة هاتفية|محادثات هاتفية|مباحثات هاتفية|مشاورات هاتفية'],
  ['phone', 'verb', 0.8, 'أجرى اتصالا|أجرت اتصالا|هاتف|هاتفت'],
  // "تلقى ولي ولي العهد ... اتصالا هاتفيا اليوم من الرئيس": the call, with its receiver as subject.
  [
    'phone',
    'verb',
    0.85,
    'تلقى ~~ اتصالا|تلقت ~~ اتصالا|تلقى ~~ اتصالا هاتفيا|تلقت ~~ اتصالا هاتفيا|أجرى ~~ اتصالا|أجرت ~~ اتصالا',
  ],
  ['phone', 'verb', 0.85, 'اتصل ~ هاتفيا|اتصلت ~ هاتفيا|اتصلوا ~ هاتفيا'],
  // التقى keeps its final alif before an object pronoun ("التقاه ولي العهد"): forms the stem list never yields.
  ['meet', 'verb', 0.8, 'التقاه|التقاها|التقاهم|التقاهما'],
  // A conference or summit opening or closing ("بدأت اليوم فعاليات مؤتمر الرياض", "اختتمت أعمال القمة"); مؤتمر alone is
  // left out, as it is mostly a press conference.
  ['meet', 'verb', 0.8, CONVENED],
  ['meet', 'noun', 0.75, CONVENING],
]);

/** Standing by someone affirmed or renewed, by a finite verb or, as statements of condolence and solidarity mostly
 * run, by its participle after the main verb ("أدان الهجوم، مؤكدا وقوف باكستان مع المملكة", "جدد خادم الحرمين
 * الشريفين وقوف المملكة مع مصر", "مجددا وقوف بلاده إلى جانب دول المجلس"). */
const STOOD_BY = ['أكد', 'أكدت', 'أكدوا', 'مؤكدا', 'مؤكدة', 'مؤكدين', 'جدد', 'جددت', 'جددوا', 'مجددا', 'مجددة'].map(
  (v) => `${v} ~~ وقوف`,
);
/** "وأكدت أن وقوف قيادة التحالف مع الشعب اليمني كان في لحظة عصيبة": after أن the standing is the subject of a
 * statement about the past, not the stance affirmed; "مؤكدا أهمية الوقوف صفا واحدا" urges unity, no one's stance. */
export const AR_STOOD_BY_SENSES: SenseRule[] = [
  { type: 'SUPPORT', phrases: STOOD_BY, gapNot: ['أن', 'بأن', 'إن', 'أهمية', 'ضرورة'] },
];
/** What وقوف also names right after it: looking into (الوقوف على الاحتياجات) and parking (وقوف السيارات). */
const NOT_STANDING_BY = ['على', 'السيارات', 'سيارات', 'المركبات'];

export const AR_SUPPORT = triggers('SUPPORT', [
  [
    'praise',
    'verb',
    0.8,
    // Bare بارك is left out: in news it is mostly a name (بارك غيون هي, كوينز بارك) or the blessing بارك الله.
    'رحب|رحبت|رحبوا|يرحب|ترحب|أشاد|أشادت|أشادوا|يشيد|تشيد|ثمن|ثمنت|يثمن|أيد|أيدت|أيدوا|يؤيد|تؤيد|باركت|مشيدا|مرحبا ~ ب|مثمنا',
    // "بصدر رحب" (with an open heart) is an idiom; "أيد الله …" (may God support) a prayer.
    { notBefore: ['الله'], notAfter: ['بصدر', 'صدر'] },
  ],
  // هنأ is left out: folded it is هنا ("here").
  // Recognising a state or a government ("اعترفت السويد بدولة فلسطين").
  [
    'recognize',
    'verb',
    0.8,
    ['اعترف', 'اعترفت', 'اعترفوا', 'يعترف', 'تعترف']
      .flatMap((v) => ['بدولة', 'باستقلال', 'بشرعية', 'بحكومة'].map((o) => `${v} ~~ ${o}`))
      .join('|'),
  ],
  // هنأ folds to هنا ("here"): the marked forms stand alone, the bare one only with what it congratulates on
  // ("هنأ خادم الحرمين الشريفين الرئيس المصري بمناسبة افتتاح القناة").
  ['praise', 'verb', 0.75, 'هنأت|هنأوا|هنأه|هنأها'],
  [
    'praise',
    'verb',
    0.75,
    ['بمناسبة', 'بفوز', 'بنجاح', 'بافتتاح', 'بانتخاب', 'بتعيين', 'بذكرى', 'باليوم الوطني', 'بعيد']
      .map((o) => `هنأ ~~ ${o}`)
      .join('|'),
    { notAfter: ['من', 'ومن', 'إلى', 'الى', 'هنا', 'ها'] },
  ],
  ['solidarity', 'verb', 0.75, 'تضامنت|تضامنوا|يتضامن|تتضامن'],
  // Support shown, renewed or told with the speaker at length between verb and noun ("أبدى الاتحاد الأوروبي دعمه
  // للحكومة التونسية", "جدد مجلس الوزراء دعم المملكة للشرعية", "عبرت الخارجية الأمريكية عن دعمها لتركيا", "أكد
  // الرئيس الفرنسي وقوف بلاده إلى جانب تونس").
  [
    'solidarity',
    'verb',
    0.75,
    [
      // أبدى and جدد take many objects ("أبدى الفريق قناعته بأهمية … في دعم الجهود"): the support must follow closely.
      ...['أبدى', 'أبدت', 'جدد', 'جددت', 'جددوا'].map((v) => `${v} ~ دعم`),
      ...['عبر', 'عبرت', 'عبروا', 'أعرب', 'أعربت'].flatMap((v) =>
        ['عن دعم', 'عن تأييد', 'عن تضامن'].map((o) => `${v} ~~ ${o}`),
      ),
    ].join('|'),
  ],
  ['solidarity', 'verb', 0.75, STOOD_BY.join('|'), { notBefore: NOT_STANDING_BY }],
  ['praise', 'noun', 0.7, 'ترحيب|إشادة|تأييد|تهنئة|برقية تهنئة|بعث ~ برقية تهنئة|بعثت ~ برقية تهنئة'],
  [
    'solidarity',
    'verb',
    0.75,
    'أعرب ~ عن تضامن|أعربت ~ عن تضامن|أكد ~ دعم|أكدت ~ دعم|أعرب ~ عن دعم|أعربت ~ عن دعم|أعلن ~ دعم|أعلنت ~ دعم|أعرب ~ عن تأييد|أعربت ~ عن تأييد|تضامن',
  ],
]);

export const AR_COOPERATE = triggers('COOPERATE', [
  // "مجلس التعاون", "منظمة التعاون الإسلامي", "نادي التعاون", "هيئة التنسيق": names of bodies, not cooperation.
  [
    'cooperate',
    'noun',
    0.55,
    'تعاون|التعاون|تنسيق|التنسيق|تنسيق أمني|تعاون أمني|تعاون عسكري|شراكة|تبادل المعلومات',
    { notAfter: ['مجلس', 'منظمة', 'نادي', 'هيئة', 'لجنة'] },
  ],
  // Two forces acting together: the operation itself is the cooperation.
  ['joint', 'noun', 0.8, 'عملية مشتركة|عمليات مشتركة|دوريات مشتركة|عملية عسكرية مشتركة|هجوم مشترك|حملة مشتركة'],
  ['cooperate', 'verb', 0.6, 'تعاون|تعاونت|نسق|نسقت|ينسق|تنسق'],
  // Restoring diplomatic ties or reopening embassies ("أعادت تونس علاقاتها الدبلوماسية مع سوريا", "أعادت واشنطن
  // وهافانا رسميا فتح سفارتيهما") resumes relations between two states.
  [
    'cooperate',
    'verb',
    0.8,
    'أعاد ~~ علاقاته الدبلوماسية|أعادت ~~ علاقاتها الدبلوماسية|استأنف ~~ علاقاته الدبلوماسية|استأنفت ~~ علاقاتها الدبلوماسية|أعاد ~~ فتح سفارته|أعادت ~~ فتح سفارتها|أعادت ~~ فتح سفارتيهما|أعادا ~~ فتح سفارتيهما',
  ],
  [
    'cooperate',
    'noun',
    0.75,
    'إعادة العلاقات الدبلوماسية|استئناف العلاقات الدبلوماسية|إعادة فتح السفارة|إعادة فتح سفارة|إعادة فتح السفارات|إعادة فتح سفارتي|إعادة فتح سفارتيهما',
  ],
  ['extradite', 'noun', 0.8, 'تسليم المطلوب|تسليم المطلوبين|تسليم متهم|تسليم ~ مطلوبين|تسلمت ~ مطلوبا|تسلم ~ مطلوبا'],
]);

const CARRIERS = ['سفينة', 'سفن', 'طائرة', 'طائرات', 'شاحنة', 'شاحنات'];
/** Relief goods a carrier's load must name. */
const RELIEF_GOODS = [
  'مساعدات',
  'المساعدات',
  'إغاثية',
  'الإغاثية',
  'أغذية',
  'الأغذية',
  'غذائية',
  'الغذائية',
  'طبية',
  'الطبية',
  'أدوية',
  'الأدوية',
  'وجبة',
  'وجبات',
];

const ARMS_HANDED = ['سلم', 'سلمت', 'سلموا']
  .flatMap((v) => ['شحنة أسلحة', 'شحنات أسلحة', 'معدات عسكرية', 'أسلحة ومعدات'].map((a) => `${v} ~~ ${a}`))
  .join('|');
/** War machines a state hands over ("سلمت فرنسا مصر الدفعة الأولى من طائرات الرافال", "ستسلم الولايات المتحدة مصر
 * ثماني طائرات"): named outright, so that handing over a suspect, a file or a building stays out, and bare أسلحة too
 * ("سلم المسلحون أسلحتهم" is disarming). The present and future forms count: deliveries are announced on the day. */
const WAR_MACHINES = [
  'طائرات',
  'طائرة حربية',
  'مقاتلات',
  'مروحيات',
  'دبابات',
  'مدرعات',
  'ناقلات جند',
  'صواريخ',
  'منظومة صواريخ',
  'منظومات',
  'فرقاطة',
  'فرقاطات',
  'زوارق حربية',
  'سفن حربية',
];
const MACHINES_HANDED = ['سلم', 'سلمت', 'سلموا', 'يسلم', 'ستسلم', 'سيسلم']
  .flatMap((v) => WAR_MACHINES.map((m) => `${v} ~~ ${m}`))
  .join('|');
const FUNDS_GIVEN = [
  ...['منح', 'منحت', 'قدم', 'قدمت'].flatMap((v) => ['قرضا', 'منحة', 'وديعة', 'هبة'].map((o) => `${v} ~~ ${o}`)),
  ...['أودع', 'أودعت'].flatMap((v) => ['مليار', 'مليون', 'ملياري', 'وديعة'].map((o) => `${v} ~~ ${o}`)),
  ...['دعم', 'دعمت'].map((v) => `${v} ~~ بمبلغ`),
].join('|');

export const AR_AID = triggers('AID', [
  [
    'humanitarian',
    'noun',
    0.85,
    'مساعدات|مساعدات إنسانية|مساعدات إغاثية|إغاثة|الإغاثة|قافلة|قوافل|معونات|معونة|مواد إغاثية|سلال غذائية|إعانات|جسر جوي|جسرا جويا|شحنة مساعدات|شحنات مساعدات',
  ],
  ['economic', 'noun', 0.7, 'تبرع|تبرعات|منحة|قرض|وديعة|دعم مالي|دعم اقتصادي'],
  // The same in the accusative, where the adjective carries the alif too ("قدمت المملكة دعما ماليا لليمن").
  ['economic', 'noun', 0.7, 'دعما ماليا|دعما اقتصاديا'],
  ['economic', 'verb', 0.75, 'خصص ~ مليون|خصصت ~ مليون|خصص ~ مليار|خصصت ~ مليار'],
  // The masdar, with its giver in the clause ("أعلنت السفيرة عن تخصيص 90 مليون يورو").
  ['economic', 'noun', 0.75, 'تخصيص ~ مليون|تخصيص ~ مليار'],
  // A ship or plane "محملة ب" food or medicine arriving is a delivery of aid.
  [
    'humanitarian',
    'noun',
    0.75,
    'سفينة ~ محملة|طائرة ~ محملة|سفن ~ محملة|طائرات ~ محملة|شاحنات ~ محملة|مساعدات طبية|مواد غذائية|شحنة أدوية',
  ],
  // The same vehicles "تحمل" their load ("سفينة تحمل نحو ثلاثة آلاف طن من الأغذية رست في ميناء عدن", "شاحنات تحمل
  // مساعدات إغاثية"): read only with relief goods in sight (AR_CARRIED_AID_SENSES), so that "طائرات تحمل مئات
  // الركاب" stays out.
  ['humanitarian', 'noun', 0.75, CARRIERS.map((c) => `${c} ~ تحمل`).join('|')],
  [
    'humanitarian',
    'verb',
    0.75,
    'تبرع|تبرعت|قدم ~ مساعدات|قدمت ~ مساعدات|أرسل ~ مساعدات|أرسلت ~ مساعدات|وزع|وزعت|سير ~ قافلة|سيرت ~ قافلة|سلم ~ مساعدات|سلمت ~ مساعدات|قدم ~ منحة|قدمت ~ منحة|أعلن ~ تقديم|أعلنت ~ تقديم',
  ],
  ['military', 'noun', 0.75, 'دعم عسكري|صفقة أسلحة|صفقة سلاح|دعما عسكريا'],
  // Arms handed over ("سلمت واشنطن شحنة أسلحة للجيش العراقي"). زود / أمد … بالسلاح are left out: in the news they
  // are mostly a charge ("قال إن تركيا زودت المجموعات الإرهابية بالسلاح") or a suspect's confession.
  ['military', 'verb', 0.75, ARMS_HANDED],
  ['military', 'verb', 0.75, MACHINES_HANDED],
  // Loans, grants and deposits given ("منحت المملكة قرضا لمصر", "أودعت السعودية ملياري دولار في البنك المركزي",
  // "دعمت المملكة الحكومة اليمنية بمبلغ مليار دولار"); a scholarship (منحة دراسية) is no aid.
  ['economic', 'verb', 0.7, FUNDS_GIVEN, { notBefore: ['دراسية', 'دراسيه', 'للدراسة'] }],
]);

export const AR_SANCTION = triggers('SANCTION', [
  ['sanction', 'noun', 0.9, 'عقوبات|عقوبات اقتصادية|فرض عقوبات'],
  ['sanction', 'verb', 0.85, 'فرض ~ عقوبات|فرضت ~ عقوبات|فرضوا ~ عقوبات'],
  ['freeze', 'noun', 0.8, 'تجميد|تجميد أصول|تجميد أموال'],
  ['freeze', 'verb', 0.8, 'جمد|جمدت|يجمد|تجمد'],
  [
    'expel',
    'verb',
    0.85,
    'طرد ~ السفير|طردت ~ السفير|طرد ~ دبلوماسيين|طردت ~ دبلوماسيين|سحب ~ سفير|سحبت ~ سفير|استدعاء سفيرها|استدعاء سفيره|استدعت سفيرها|استدعى سفيره|طرد ~ القائم بالأعمال|طردت ~ القائم بالأعمال|إغلاق السفارة|أغلقت ~ سفارتها',
  ],
  [
    'break',
    'verb',
    0.9,
    'قطع ~ العلاقات|قطعت ~ العلاقات|قطع العلاقات|علق ~ عضوية|علقت ~ عضوية|أوقف ~ المساعدات|أوقفت ~ المساعدات|علق ~ المساعدات|علقت ~ المساعدات|تعليق المساعدات|علقت ~ التمويل|أوقفت ~ التمويل|تجميد المساعدات',
  ],
]);

/** A carrier's load must be relief goods, named within the next few words ("تحمل على متنها 3540 طنا من المواد
 * الغذائية"). */
export const AR_CARRIED_AID_SENSES: SenseRule[] = [
  { type: 'AID', phrases: CARRIERS.map((c) => `${c} ~ تحمل`), needs: RELIEF_GOODS, window: 8 },
];
