// Arabic sense rules for standing states and evaluations (see ../trigger-senses.ts): a trigger word that here
// describes a risk, a person's status or a judgement rather than an act done now (codebook: opinions, analysis and
// states are not events).
import type { SenseRule } from '../trigger-senses';

/** What a situation "threatens" when it is a risk, not someone's threat: security, stability, lives, consequences. */
const AT_RISK = [
  'الأمن',
  'أمن',
  'بأمن',
  'الاستقرار',
  'استقرار',
  'السلم',
  'حياة',
  'بحياة',
  'حياتهم',
  'مستقبل',
  'بمستقبل',
  'صحة',
  'بانعكاسات',
  'بعواقب',
  'بتداعيات',
  'بانهيار',
  'بتفاقم',
  'بكارثة',
  'بأزمة',
  'بانفجار',
  'الجميع',
];

/** Dangers that "threaten" without anyone threatening: "الإرهاب يهدد الجميع في تونس", "الجفاف يهدد المحاصيل". */
const DANGERS = ['الإرهاب', 'التطرف', 'الفقر', 'الجفاف', 'الوباء', 'الفيروس', 'الخطر', 'التلوث', 'التصحر'];

/** A student's status ("وهو طالب جامعي", "طالب في كلية الطب"): the noun, not the verb طالب (demanded). */
const STUDIES = [
  'جامعي',
  'الجامعي',
  'جامعية',
  'جامعة',
  'بجامعة',
  'كلية',
  'بكلية',
  'الطب',
  'دكتوراه',
  'الدكتوراه',
  'ماجستير',
  'الماجستير',
  'ثانوي',
  'بالمرحلة',
  'مبتعث',
  'يدرس',
];

/** What qualifies a threat as a standing danger: its kind, its gravity, or those it faces ("التي تواجه"); a relative
 * clause alone may tell who made it ("التهديدات التي أطلقها الحوثيون"). */
const DANGER_AFTER = [
  'إرهابي',
  'إرهابية',
  'الإرهابي',
  'الإرهابية',
  'أمني',
  'أمنية',
  'الأمني',
  'الأمنية',
  'حقيقي',
  'حقيقية',
  'الحقيقي',
  'خطير',
  'خطيرة',
  'كبير',
  'كبيرة',
  'المشترك',
  'المشتركة',
  'مشترك',
  'مشتركة',
  'تواجه',
  'يواجه',
  'نواجهه',
  'تواجهه',
  'يواجهها',
  'للأمن',
  'لأمن',
  'للاستقرار',
  'للسلم',
  // The masdar with what it endangers as its object ("تهديد أمن المملكة", "تهديد المجتمع", "تهديد استقرار
  // المنطقة"): endangering, said of a danger or in a list of charges, not a threat someone made.
  'أمن',
  'المجتمع',
  'السلم',
  'استقرار',
];
/** Words before the noun that make it a danger present or faced: "وجود تهديد", "يشكل تهديدا", "مواجهة التهديدات". */
const DANGER_BEFORE = ['بوجود', 'وجود', 'يشكل', 'تشكل', 'يمثل', 'تمثل', 'مواجهة', 'لمواجهة', 'مصدر', 'حجم', 'مستوى'];

/** Verbs of merit ("يستحق الإشادة", "جدير بالإشادة"): a writer's judgement, not an actor's praise. */
const MERIT = ['يستحق', 'تستحق', 'يستحقان', 'يستوجب', 'تستوجب', 'جدير', 'جديرة', 'تستدعي', 'يستدعي'];

export const AR_STATE_SENSES: SenseRule[] = [
  // "القصف يهدد بانعكاسات داخلية", "الفكر الذي يهدد الأمن والاستقرار": a risk or standing danger; a threat names
  // what its author will do ("يهدد بالانسحاب"). A relative clause describes the subject, not a threat made now, and so
  // does a subject called dangerous ("يعد مؤشرا خطيرا يهدد السوريين بأكملهم").
  {
    type: 'THREATEN',
    phrases: ['يهدد', 'تهدد'],
    objectNot: AT_RISK,
    subjectNot: ['الذي', 'التي', 'والذي', 'والتي', 'الذين', 'خطير', 'خطيرا', 'خطيرة', ...DANGERS],
    window: 3,
  },
  // The noun "student": after "وهو" or a quantifier, as the one who died ("لقي طالب مصرعه", "مقتل طالب"), or before
  // a place or level of study.
  {
    type: 'REQUEST',
    phrases: ['طالب'],
    objectNot: STUDIES,
    subjectNot: ['وهو', 'هو', 'كل', 'لكل', 'أي', 'أول', 'كطالب', 'لقي', 'مقتل', 'وفاة', 'مصرع'],
    window: 2,
  },
  { type: 'SUPPORT', phrases: ['إشادة'], subjectNot: MERIT, window: 2 },
  // A court that "upholds" a sentence or fine ("وأيدت محكمة لاحقا غرامة", "أيدت المحكمة الحكم") rules; it backs nobody.
  // Written with a bare alef, ايد is the English first name Ed ("مكتب التحقيقات الفيدرالي ايد رينولد", "ايد ميليباند")
  // or the plural "hands" ("في ايد أمينة"): ten such words in the fifteen corpus days, none of them the verb.
  {
    type: 'SUPPORT',
    phrases: ['أيد', 'أيدت', 'يؤيد', 'تؤيد'],
    objectNot: ['محكمة', 'المحكمة', 'الحكم', 'حكما', 'غرامة', 'الغرامة', 'العقوبة'],
    window: 3,
    surfaceNot: /^[وف]?ايد$/,
  },
  // The noun as a danger faced ("بوجود تهديد إرهابي", "التهديد الذي نواجهه", "التهديدات المشتركة التي تواجه البلدين",
  // "يشكل تهديدا للأمن"), not a threat someone made ("تهديد الحوثيين باقتحام", "وجه تهديدا إلى").
  {
    type: 'THREATEN',
    phrases: ['تهديد', 'تهديدات'],
    objectNot: DANGER_AFTER,
    subjectNot: DANGER_BEFORE,
    window: 3,
  },
  // Insisting that something is so ("لكن إيران تصر على أنه برنامج سلمي") holds a claim; insisting on a condition
  // ("يصر الصندوق على الحصول على ضمانات") demands it.
  {
    type: 'REQUEST',
    phrases: ['أصر ~~ على', 'أصرت ~~ على', 'يصر ~~ على', 'تصر ~~ على'],
    objectNot: ['أن', 'أنه', 'أنها', 'أنهم', 'أنهما'],
    window: 1,
  },
  // Keeping a danger or suspicion away ("ساهم في إبعاد الخطر عن المدينة", "لإبعاد الشبهات عنه") sends no one abroad.
  // Written with its hamza above the alef, أبعاد is the plural of بعد, dimensions ("بدأ تحقيقا لمعرفة أبعاد تكوين
  // التنظيم", "الطباعة ثلاثية الأبعاد", "تصل أبعادها إلى 25 مترا"); only folding makes it إبعاد.
  {
    type: 'COERCE',
    phrases: ['إبعاد'],
    objectNot: ['الخطر', 'خطر', 'شبح', 'الشبهات', 'الشبهة', 'الأنظار', 'الأذى', 'المخاطر', 'التهمة'],
    window: 1,
    surfaceNot: /أبعاد/,
  },
];
