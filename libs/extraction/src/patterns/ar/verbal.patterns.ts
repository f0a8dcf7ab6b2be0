// Arabic triggers of verbal events: REQUEST, ACCUSE, REJECT, THREATEN (statements rather than physical acts).
import { triggers } from '../trigger.types';
import { AR_BLAME_PREDICATES } from './blame-predicates';

const DOCUMENTS = ['الوثيقة', 'الخطة', 'المبادرة', 'الاتفاقية', 'الاتفاق', 'القرار', 'المسودة', 'الورقة'];
const RELATIVES = ['الذي', 'التي', 'والذي', 'والتي', 'الذين', 'والذين'];
const ROUTINE_ASKS = ['تعزيزات', 'تعزيز', 'تزويد', 'تفتيش', 'إذن', 'إذنا'];
// "ودعا خبراء الحكومة إلى إيجاد حل": what analysts advise is opinion, not a party's demand (codebook: not events).
const PUNDITS = ['خبراء', 'خبير', 'محللون', 'محللين', 'محلل', 'مراقبون', 'مراقبين', 'باحثون', 'باحث', 'أكاديميون'];
// "داعيا الله أن يحفظ البلاد", "ندعو له بالشفاء": a prayer, not a demand on anyone.
const PRAYER = ['الله', 'المولى', 'ربه', 'له', 'لهم', 'لها', 'بالشفاء', 'بالرحمة', 'بالتوفيق'];

/** What follows عيد when it is a feast or festival ("وعيد الفطر", "وعيد الأضحى", "وعيد الميلاد"). */
const FEASTS = [
  'الفطر',
  'الأضحى',
  'الميلاد',
  'ميلاد',
  'الفصح',
  'الأنوار',
  'الشرقية',
  'الأم',
  'العمال',
  'الاستقلال',
  'الجلوس',
  'الوطني',
  'سعيد',
  'مبارك',
];

/** First-person calls: no subject can follow them, their actor is whoever the sentence quotes. */
export const AR_FIRST_PERSON_CALLS = ['أدعو', 'ندعو', 'أطالب', 'نطالب', 'أناشد', 'نناشد'];

/** Nouns whose complement a following طلب is: its count, its filing, its answer. */
const REQUEST_HOLDERS = [
  'عدد',
  'حجم',
  'إجمالي',
  'تقديم',
  'قبول',
  'رفض',
  'نموذج',
  'استمارة',
  'ارتفاع',
  'زيادة',
  'تراجع',
];

// "طالبت الخطة الخمسية برفع معدلات الاستثمار", "ودعا التقرير الشركات إلى", "كما يطالب الاتفاق": a plan, report
// or accord as the subject right after the call verb tells what the text provides for or recommends, no party's
// demand made now (a statement or resolution, البيان or القرار, is a party's voice and stays).
const PROVISIONS = ['الخطة', 'التقرير', 'الوثيقة', 'الاتفاق', 'الاتفاقية', 'المسودة', 'الورقة', 'الدراسة'];

export const AR_REQUEST = triggers('REQUEST', [
  ['demand', 'verb', 0.85, 'طالب|طالبت|طالبوا', { notBefore: PROVISIONS }],
  // "الاتحاد الذي يطالب بـ", "الميثاق الذي يدعو إلى": a relative clause in the present describes a standing position,
  // not a demand made now.
  ['demand', 'verb', 0.85, 'يطالب|تطالب|يطالبون|يطالبان|تطالبان', { notAfter: RELATIVES, notBefore: PROVISIONS }],
  ['demand', 'noun', 0.7, 'مطالبة|مطالبات|مطالبته|مطالبتها'],
  [
    'call',
    'verb',
    0.8,
    'دعا|دعت|دعوا|يدعون|حث|حثت|يحث|تحث|ناشد|ناشدت|ناشدوا|يناشد',
    { notBefore: [...PUNDITS, ...PRAYER, ...PROVISIONS] },
  ],
  // حض, the formal twin of حث ("حض الاتحاد الأوروبي تركيا على رد متكافئ"), in the past only: the present mostly tells
  // what teachings or tracts preach ("تعاليم تحض على الرحمة", "مواد تحض على القتال"), and after a preposition it
  // is the masdar ("من حض على السماحة", "يدعو إلى حض الدول").
  ['call', 'verb', 0.8, 'حض|حضت|حضوا|حضا', { notAfter: ['من', 'إلى', 'الى', 'على', 'في'] }],
  // A statement's own first person ("وأدعو إلى استنكار وطني", "نطالب المجتمع الدولي"): its speaker's demand.
  ['call', 'verb', 0.7, AR_FIRST_PERSON_CALLS.join('|'), { notBefore: PRAYER }],
  // "شدد الوزير على ضرورة وقف التدخلات", "أكد ... ضرورة": insisting that something must be done is a call for it.
  [
    'call',
    'verb',
    0.6,
    'شدد ~ على ضرورة|شددت ~ على ضرورة|أكد ~ على ضرورة|أكدت ~ على ضرورة|أكد ~ ضرورة|أكدت ~ ضرورة|مشددا على ضرورة|مؤكدا على ضرورة|مؤكدا ضرورة',
  ],
  // "يصر صندوق النقد على الحصول على ضمانات": insisting on a condition is a demand.
  ['demand', 'verb', 0.65, 'أصر ~~ على|أصرت ~~ على|يصر ~~ على|تصر ~~ على'],
  // "الوثيقة تدعو إلى تنفيذ بيان جنيف": what a document or plan provides for, not a demand made now.
  ['call', 'verb', 0.8, 'يدعو|تدعو', { notAfter: [...DOCUMENTS, ...RELATIVES], notBefore: PROVISIONS }],
  // "مسؤول طلب عدم ذكر اسمه", "طلب التكتم على هويته" (asked not to be named) are sourcing; "طلب منهما اسميهما" an
  // interrogator's question.
  // "بناء على طلب الرئيس" (at the president's request) explains what else happened: background.
  [
    'call',
    'verb',
    0.8,
    'طلب|طلبت|يطلب|تطلب|طلبوا',
    // "طلبوا تعزيزات", "طلبوا تزويدهم بشهادات": asking for supplies or a routine step is no political demand.
    // "عدد طلب براءات الاختراع", "رفض طلب اللجوء", "تقديم طلب": after a noun that counts, files or answers it, طلب
    // is the masdar (an application or a request already made), not a verb.
    {
      notBefore: ['عدم', 'التكتم', 'منهما', 'منه', 'منها', 'منهم', ...ROUTINE_ASKS],
      // "مما تطلب مجهودا", "ما يتطلب تضافر الجهود": after ما the verb is "requires", said of a situation.
      notAfter: ['على', 'بناء', 'ما', 'مما', ...REQUEST_HOLDERS],
    },
  ],
  // Answering a request reports it ("استجابة لطلب الرئيس اليمني"): the bare masdar طلب is left out, being mostly an
  // application or market demand ("طلب الصداقة", "طلب مرتفع على السيارات").
  ['call', 'noun', 0.75, 'استجابة لطلب|استجابة لطلبه|تلبية لطلب|تلبية لطلبه'],
  // Circumstantial participles carry a second statement of the sentence's speaker ("..., مطالبا بـ").
  ['call', 'verb', 0.75, 'مطالبا|مطالبة ~ ب|داعيا|داعية|مناشدا|حاثا', { notBefore: PRAYER }],
  // Crowds and groups demand together ("خرج المتظاهرون …، مطالبين بإقالة الوزير").
  ['call', 'verb', 0.75, 'مطالبين|مطالبون|مطالبان|داعين|مناشدين', { notBefore: PRAYER }],
  // Renewing a call or demand is making it again now ("وجدد الجانبان الدعوة إلى جميع الأطراف").
  [
    'call',
    'verb',
    0.8,
    ['جدد', 'جددت', 'جددوا', 'جددا']
      .flatMap((v) =>
        ['الدعوة', 'دعوته', 'دعوتها', 'دعوتهم', 'المطالبة', 'مطالبته', 'مطالبتها'].map((o) => `${v} ~~ ${o}`),
      )
      .join('|'),
  ],
  // "مستشفى النداء", "حزب نداء تونس": a name, not an appeal.
  ['call', 'noun', 0.6, 'مناشدة|نداء', { notAfter: ['مستشفى', 'حزب', 'حركة'], notBefore: ['تونس'] }],
]);

// "وصفت الخارجية الهجوم بالإرهابي", "اعتبر الوزير أن القصف جريمة حرب": a verb of judging and, after the subject and
// object, a word that can only blame.
const CHARACTERIZE = ['وصف', 'وصفت', 'وصفوا', 'اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر']
  .flatMap((v) =>
    [
      'بالإرهابي',
      'بالإرهابية',
      'بالإجرامي',
      'بالإجرامية',
      'بالجبان',
      'بالعدواني',
      'بالعدوانية',
      'بالاستفزازي',
      'بالاستفزازية',
      'جريمة',
      'جرائم',
      'إرهابا',
      'عدوانا',
      'انتهاكا',
      'استفزازا',
      // Calling a statement a lie ("وصفوه بأنه أكذوبة جديدة", "اعتبرت الحركة الاتهامات افتراءات").
      'أكذوبة',
      'أكاذيب',
      'كذبة',
      'افتراء',
      'افتراءات',
    ].map((o) => `${v} ~~ ${o}`),
  )
  .join('|');

const ACCUSE_VERBS = triggers('ACCUSE', [
  [
    'accuse',
    'verb',
    0.85,
    // The subject and the accused may stand between حمّل and المسؤولية ("حمّلت حركتا حماس والجهاد الإسلامي الخميس
    // إسرائيل المسؤولية", "وحمّل الرئيس الفلسطيني محمود عباس "أبو مازن" الحكومة الإسرائيلية المسؤولية"); an indefinite
    // مسؤولية far on is more often a task given ("حمّل الوزارات … مسؤولية توعية النشء"): it keeps the shorter gap.
    'اتهم|اتهمت|اتهموا|يتهم|تتهم|حمل ~~~ المسؤولية|حملت ~~~ المسؤولية|حملوا ~~~ المسؤولية|يحمل ~~ المسؤولية|حمل ~~ مسؤولية|حملت ~~ مسؤولية|حملوا ~~ مسؤولية|متهما|متهمة|محملا ~ المسؤولية|محملة ~ المسؤولية|محملا ~ مسؤولية',
  ],
  ['accuse', 'noun', 0.75, 'اتهام|اتهامات|اتهامه|اتهامها'],
  // A diplomatic protest lodged with a government is a complaint against it, not a street protest.
  [
    'protest-note',
    'noun',
    0.85,
    'مذكرة احتجاج|احتجاج رسمي|احتجاجا رسميا|تقدم باحتجاج|تقدمت باحتجاج|يتقدم باحتجاج|تتقدم باحتجاج|قدم احتجاجا|قدمت احتجاجا',
  ],
  [
    'condemn',
    'verb',
    0.85,
    'أدان|أدانت|أدانوا|يدين|تدين|ندد|نددت|نددوا|يندد|تندد|استنكر|استنكرت|استنكروا|يستنكر|تستنكر|شجب|شجبت|منددا|مستنكرا|مدينا',
  ],
  // The hamza-less form ("دانت قيادة الإقليم القصف") and a statement's own first person ("ندين بشدة هذه الهجمات").
  ['condemn', 'verb', 0.8, 'دان|دانت|دانوا|ندين|نستنكر|نندد|نشجب'],
  // Two parties as one subject take the dual ("اتهمتا", "استنكرا").
  ['accuse', 'verb', 0.85, 'اتهما|اتهمتا'],
  ['condemn', 'verb', 0.85, 'أدانا|أدانتا|استنكرا|استنكرتا|نددا|نددتا'],
  // Summoning a foreign envoy is a formal protest; recalling one's own (استدعاء سفيرها) is a SANCTION.
  [
    'summon',
    'verb',
    0.75,
    'استدعى ~ السفير|استدعت ~ السفير|استدعاء السفير|استدعت ~ القائم بالأعمال|استدعى ~ القائم بالأعمال',
  ],
  ['condemn', 'noun', 0.75, 'إدانة|تنديد|استنكار|شجب'],
  // Calling a state's words or acts meddling is an accusation (the principle, عدم التدخل, is definite).
  [
    'interfere',
    'noun',
    0.6,
    'تدخلا في الشؤون|تدخلا سافرا|تدخل سافر|تدخلات سافرة|تدخلا سافرا في|تدخلا في شؤون|تدخلا في الشأن',
  ],
  // Implied accusations: calling an act a crime or terrorism, or a state a sponsor of terrorism.
  ['accuse', 'verb', 0.7, CHARACTERIZE],
  [
    'accuse',
    'verb',
    0.65,
    'تدعم الإرهاب|يدعم الإرهاب|دعمها للإرهاب|دعمه للإرهاب|ترعى الإرهاب|يرعى الإرهاب|راعية للإرهاب|راعيا للإرهاب',
  ],
  ['criticize', 'verb', 0.7, 'انتقد|انتقدت|انتقدوا|ينتقد|تنتقد|هاجم ~ بشدة'],
  // Laying the blame ("ألقى الرئيس باللوم على الإخوان", "أصدر بيانا ألقى فيه باللائمة على مرشديه"); the blamer may
  // stand between the verb and باللوم.
  [
    'blame',
    'verb',
    0.8,
    ['ألقى', 'ألقت', 'ألقوا', 'ألقيا', 'يلقي', 'تلقي', 'يلقون', 'ملقيا', 'ملقية', 'ملقين']
      .flatMap((v) => ['باللوم', 'باللائمة'].map((o) => `${v} ~~ ${o}`))
      .join('|'),
  ],
  // Going to law against a party ("الشروع في اتخاذ إجراءات قانونية لمقاضاة أربع دول", "رفع دعوى قضائية ضد الأمانة"):
  // a lawsuit is a formal charge (CAMEO 115).
  ['sue', 'noun', 0.65, 'مقاضاة|دعوى قضائية ضد|دعوى قضائية على'],
  ['sue', 'verb', 0.75, 'رفع ~~ دعوى|رفعت ~~ دعوى|رفعوا ~~ دعوى|أقام ~~ دعوى|أقامت ~~ دعوى'],
  ['investigate', 'noun', 0.65, 'فتح تحقيق|فتح تحقيقا|فتحت تحقيقا|تحقيق في|التحقيق في|تحقيقات في'],
  [
    'investigate',
    'verb',
    0.75,
    'أمر بفتح تحقيق|أمرت بفتح تحقيق|أمر ~ بفتح تحقيق|أعلن ~ فتح تحقيق|أعلنت ~ فتح تحقيق|فتحت ~ تحقيقا|فتح ~ تحقيقا',
  ],
]);

// Accusations stated as a blame predicate of the accused inside reported speech (blame-predicates.ts).
export const AR_ACCUSE = [...ACCUSE_VERBS, ...AR_BLAME_PREDICATES];

const NAMING = ['الكشف', 'الإفصاح', 'الافصاح', 'ذكر', 'كشف'];

export const AR_REJECT = triggers('REJECT', [
  ['deny', 'verb', 0.85, 'نفى|نفت|نفوا|ينفي|تنفي|أنكر|أنكرت|ينكر|كذب|كذبت|نافيا|نافية'],
  // Refuting a claim ("فند رئيس البلدية مزاعم الحزب") denies it.
  ['deny', 'verb', 0.8, 'فند|فندت|فندوا|يفند|تفند|مفندا'],
  ['deny', 'noun', 0.7, 'نفي|نفيه|نفيها'],
  // "مسؤول رفض الكشف عن هويته" (an official who declined to be named) is sourcing, not a refusal.
  ['refuse', 'verb', 0.8, 'رفض|رفضت|رفضوا|يرفض|ترفض|يرفضون|رافضا', { notBefore: NAMING }],
  ['refuse', 'noun', 0.65, 'رفض|رفضه|رفضها|رفضا', { notBefore: NAMING }],
  ['veto', 'noun', 0.9, 'فيتو|حق النقض'],
  // Disowning, flat refusal and "unacceptable" are rejections without نفى/رفض as the verb.
  ['deny', 'verb', 0.8, 'تبرأ|تبرأت|تبرأوا|يتبرأ|تتبرأ|نفى ~ صحة|نفت ~ صحة|نفوا ~ صحة'],
  [
    'refuse',
    'noun',
    0.85,
    'رفض قاطع|رفضا قاطعا|رفضه القاطع|رفضها القاطع|رفضهم القاطع|رفضا تاما|رفضه التام|رفضها التام',
  ],
  ['refuse', 'verb', 0.6, 'غير مقبول|غير مقبولة|لن نقبل|لن تقبل|لن يقبل'],
  // "تصرف النائب مرفوض", "التدخلات الإيرانية مرفوضة شكلا ومضمونا": the predicate "rejected"; after a general noun
  // ("إساءة مرفوضة", "أمر مرفوض", "هذا الأسلوب مرفوض") it only qualifies it.
  [
    'refuse',
    'verb',
    0.6,
    'مرفوض|مرفوضة',
    { notAfter: ['إساءة', 'أمر', 'أمرا', 'الأمر', 'أسلوب', 'الأسلوب', 'سلوك', 'فكرة', 'ظاهرة', 'مبادئ'] },
  ],
  // "أكد أن الأخبار ... غير صحيحة", "عارية عن الصحة": calling a report untrue denies it ("بشكل غير صحيح" is a manner).
  [
    'deny',
    'verb',
    0.7,
    'غير صحيحة|غير صحيح|عارية عن الصحة|عار عن الصحة|عارية من الصحة|لا أساس لها من الصحة|لا أساس له من الصحة|لا صحة لها|لا صحة له|لا صحة لما',
    { notAfter: ['بشكل', 'بطريقة', 'بصورة', 'استخدام', 'استخداما', 'وضع'] },
  ],
]);

/** "سنتخذ كافة التدابير", "ستتخذ جميع الإجراءات": a future verb of taking, a word for "all" and measures. */
const ALL_MEASURES = ['سنتخذ', 'ستتخذ', 'سيتخذ']
  .flatMap((v) => ['كافة', 'كل', 'جميع'].flatMap((q) => ['التدابير', 'الإجراءات'].map((m) => `${v} ${q} ${m}`)))
  .join('|');

/** The forms of لوّح and its masdar, each before a step it brandishes (its subject may stand between). */
function brandished(): string {
  const verbs = ['لوح', 'لوحت', 'لوحوا', 'يلوح', 'تلوح', 'يلوحون', 'ملوحا', 'ملوحة', 'تلويح', 'التلويح'];
  const steps = ['باستخدام', 'بالرد', 'بفرض', 'بإمكانية', 'بإمكان', 'بالانسحاب', 'بالاستقالة', 'بتقديم', 'بالتدخل'];
  const more = ['بالخروج', 'بإعادة', 'بالتصعيد', 'بقطع', 'بوقف', 'بتعليق', 'بالاعتراف', 'بعمل', 'بعقوبات', 'بشن'];
  return verbs.flatMap((v) => [...steps, ...more].map((o) => `${v} ~~ ${o}`)).join('|');
}

export const AR_THREATEN = triggers('THREATEN', [
  [
    'threaten',
    'verb',
    0.85,
    'سيتم التصدي|يتم التصدي|سيتم الرد|سنرد|هدد|هددت|هددوا|توعد|توعدت|توعدوا|يتوعد|تتوعد|مهددا|متوعدا|أنذر|أنذرت',
  ],
  // لوّح بـ (brandished) threatens when what is brandished is a step: "لوحت واشنطن بإمكانية إعادة فرض العقوبات",
  // "تلويح رئيس الحكومة بتقديم استقالته"; waving a hand (يلوح بيده), a flag, or what looms (تلوح في الأفق) is not.
  ['threaten', 'verb', 0.8, brandished()],
  // "ما يهدد بإثارة غضب روسيا", "مما يهدد حياة المرضى": a consequence that endangers something, nobody's threat.
  ['threaten', 'verb', 0.85, 'يهدد|تهدد', { notAfter: ['ما', 'مما', 'بما', 'وما'] }],
  // Bare مهلة is mostly a deadline ("تمديد مهلة المفاوضات", "انتهاء المهلة"); granting one is an ultimatum.
  ['threaten', 'noun', 0.7, 'تهديد|تهديدات|إنذار'],
  // وعيد is also و + عيد: "رمضان وعيد الفطر", "صيف وعيد الشرقية" name a feast or festival, not a menace.
  ['threaten', 'noun', 0.7, 'وعيد', { notBefore: FEASTS }],
  ['threaten', 'verb', 0.75, 'أمهل|أمهلت|أمهلوا|منح ~~ مهلة|منحت ~~ مهلة'],
  ['warn', 'verb', 0.55, 'حذر|حذرت|حذروا|يحذر|تحذر|محذرا|محذرة'],
  // A vow that an act "will not go unpunished" ("الحادثة لن تمر دون عقاب", "جرائمهم لن تمر مرور الكرام") or that a
  // party "will respond to" violations ("سترد على الخروقات", "سترد على أي محاولات عدائية") threatens retaliation;
  // answering questions or letters is no threat.
  [
    'threaten',
    'verb',
    0.75,
    'لن تمر دون عقاب|لن يمر دون عقاب|لن تمر بلا عقاب|لن يمر بلا عقاب|لن تمر مرور الكرام|لن يمر مرور الكرام|سترد على|سيرد على',
    { notBefore: ['سؤال', 'أسئلة', 'الأسئلة', 'استفسارات', 'تساؤلات', 'رسالة', 'الرسالة', 'رسائل', 'الاتصالات'] },
  ],
  // A vow to take "all measures" against a foe ("سنتخذ كافة التدابير اللازمة تجاهها", "ستتخذ جميع الإجراءات الممكنة
  // لتعزيز أمنها"); security arrangements for guests ("سنتخذ كل التدابير الأمنية") are no threat.
  ['threaten', 'verb', 0.65, ALL_MEASURES, { notBefore: ['الأمنية', 'الوقائية', 'الاحترازية', 'الصحية'] }],
  // A vow to keep attacking or to take revenge is a threat. بالانتقام/بالثأر after تعهد names the vow outright, so the
  // gap may hold a long subject with its titles and a date ("تعهد رئيس الإقليم مسعود بارزاني، اليوم (الاثنين)، بالانتقام").
  [
    'threaten',
    'verb',
    0.75,
    'ستواصل استهداف|سنواصل استهداف|سيواصل استهداف|تعهد ~~~ بالانتقام|تعهدت ~~~ بالانتقام|تعهد ~~~ بالثأر|تعهدت ~~~ بالثأر|أقسم ~~ بالانتقام|متوعدا ~ بالانتقام',
  ],
  // Getting ready to retaliate for a crime is a threat ("المقاومة تتجهز للرد على الجريمة"); getting ready to answer
  // questions or letters is not.
  [
    'threaten',
    'verb',
    0.7,
    'تتجهز للرد على|يتجهز للرد على|تستعد للرد على|يستعد للرد على|تتأهب للرد على|يتأهب للرد على|نستعد للرد على',
    {
      notBefore: [
        'سؤال',
        'أسئلة',
        'الأسئلة',
        'استفسارات',
        'تساؤلات',
        'رسالة',
        'الرسالة',
        'رسائل',
        'الاتصالات',
        'المذكرة',
        'مذكرة',
        'الدعوى',
        'الطعن',
        'العرض',
        'المقترح',
        'مقترح',
      ],
    },
  ],
]);
