// Arabic sense rules (see ../trigger-senses.ts): trigger words whose event reading needs fitting neighbours.
import type { SenseRule } from '../trigger-senses';
import { AR_BLAME_SENSES } from './blame-predicates';
import { AR_CARRIED_AID_SENSES, AR_STOOD_BY_SENSES, RECEIVED_CROWDS } from './cooperative.patterns';
import { AR_COURTESY_SENSES } from './senses-courtesy';
import { AR_MASDAR_SENSES } from './senses-masdar';
import { AR_OFFICE_ORDER_SENSES } from './senses-office-orders';
import { AR_RECEPTION_SENSES, RECEIVED_FLIGHTS } from './senses-receptions';
import { AR_STATE_SENSES } from './senses-states';
import { AR_UNMADE_CHARGE_SENSES } from './senses-unmade-charges';
import { AR_SENT_FORCES_SENSES } from './mobilize.patterns';

/** What a health campaign collects: "التبرع بالدم", "الدم الذي يتم التبرع به". */
const DONATED_BODY = ['دم', 'الدم', 'دمه', 'دمائهم', 'الأعضاء', 'أعضاء', 'الخلايا', 'كلية', 'النخاع'];

/** Who issues advisories rather than threats: studies, doctors, researchers, forecasters, civil defence. */
const ADVISERS = [
  'دراسة',
  'الدراسة',
  'أطباء',
  'الأطباء',
  'طبيب',
  'استشاري',
  'استشارية',
  'أخصائي',
  'اختصاصي',
  'باحثون',
  'الباحثون',
  'مختصون',
  'الأرصاد',
  'المدني',
];

/** A ministry with a pronoun or in the dual, read as و + a form of زار: "وزارته", "وزارتهم", "وزارتا". */
const MINISTRY_OF = /^وزار(?:ته|تها|تهم|تهما|تكم|تنا|تي|تا)$/;

/** Who a one-party discussion verb is held with: "مع …", a counterpart, or both sides named together. */
const PARTNER_WORDS = ['مع', 'معه', 'معها', 'معهم', 'معهما', 'نظيره', 'نظيرته', 'نظيريه', 'الجانبان', 'الطرفان'];
/** The meeting or call a discussion took place in, named before it. */
const MEETING_WORDS = [
  ...['اتصال', 'الاتصال', 'لقاء', 'اللقاء', 'اجتماع', 'الاجتماع', 'استقبال', 'الاستقبال', 'الجلسة', 'جلسة'],
  ...['المباحثات', 'مباحثات', 'المحادثات', 'محادثات', 'الزيارة', 'زيارة', 'القمة', 'المكالمة', 'خلالها', 'خلاله'],
];

export const AR_SENSES: SenseRule[] = [
  ...AR_BLAME_SENSES,
  ...AR_CARRIED_AID_SENSES,
  ...AR_SENT_FORCES_SENSES,
  ...AR_STOOD_BY_SENSES,
  // An agreement is reached on something (اتفق الطرفان على …, بشأن …, حول …); "اتفق مع المقترح" or "يتفق مع رأي" only
  // concurs with an opinion. The companion may stand after a long subject, hence the wide window.
  {
    type: 'AGREE',
    phrases: ['اتفق', 'اتفقت', 'اتفقوا', 'اتفقا', 'اتفقتا', 'يتفقان', 'يتفق'],
    needs: ['على', 'بشأن', 'حول', 'عليه', 'عليها'],
    window: 14,
  },
  // "استقبال المرضى", "استقبال نحو ألف حالة", "استقبال الطلبات": a hospital, camp or office taking in people or
  // papers holds no meeting.
  {
    type: 'CONSULT',
    phrases: ['استقبال'],
    objectNot: [...RECEIVED_CROWDS, 'حالة', 'حالات', 'نحو', 'ألف', 'أكثر', 'حوالي', 'المراجعين', 'المتبرعين'],
    nextNot: RECEIVED_FLIGHTS,
    countNot: true,
    window: 3,
  },
  // Visiting patients or the wounded is a courtesy of office, not a diplomatic visit. وزارته, وزارتها, وزارتا are a
  // ministry ("أكد الوزير أن وزارته تبذل جهودا", "أقرتها وزارتا الداخلية والعمل"), not و + زارت with a pronoun.
  {
    type: 'CONSULT',
    phrases: ['زيارة', 'زيارته', 'زيارتها', 'زار', 'زارت', 'زاروا', 'زارا', 'زارتا', 'يزور', 'تزور'],
    objectNot: ['المرضى', 'مرضى', 'المنومين', 'المصابين', 'الجرحى', 'المعرض', 'معرض'],
    window: 3,
    surfaceNot: MINISTRY_OF,
  },
  // A concession pays someone wronged ("تعويض أسر الضحايا"); "صرف تعويض 54 عقارا" or "تعويض غياب اللاعب" settles
  // property or replaces a loss.
  {
    type: 'CONCEDE',
    phrases: ['تعويض', 'تعويضات'],
    needs: ['الضحايا', 'ضحايا', 'المتضررين', 'متضررين', 'أسر', 'ذوي', 'عائلات', 'المصابين', 'الأسرى'],
  },
  // Civil defence "controlling" a fire ("تمكنت فرق الدفاع المدني من السيطرة على حريق") takes no territory. An
  // imperfect light verb before the masdar ("ويحكم الأكراد اليوم السيطرة على الشريط", "تفرض قوات النظام سيطرتها")
  // describes who holds an area, as the bare present "يسيطر" does: a state, not a seizure.
  {
    type: 'COERCE',
    phrases: ['السيطرة على', 'السيطرة ~ على', 'سيطر', 'سيطرت', 'سيطروا', 'تمكن من السيطرة', 'تمكنت من السيطرة'],
    objectNot: ['حريق', 'حرائق', 'النيران', 'نيران', 'النار', 'اللهب', 'ألسنة', 'الدخان', 'السيول'],
    subjectNot: ['الإطفاء', 'إطفاء', 'المدني', 'يحكم', 'تحكم', 'يحكمون', 'يفرض', 'تفرض', 'يفرضون', 'يبسط', 'تبسط'],
    window: 8,
  },
  // One party "بحث" (or "يبحث") a matter alone: a government weighing measures ("تبحث الحكومة تنفيذ إجراءات"), a
  // bloc considering sanctions, investigators searching ("يبحث المحققون في حواسيب"). Talks need a partner or a session
  // after the verb ("بحث الملك مع وزير الخارجية", "ونظيره", "مجلس الأمن الذي بحث في جلسة خاصة") or a meeting or call
  // before it ("جرى خلال الاتصال بحث …").
  {
    type: 'CONSULT',
    phrases: ['بحث', 'بحثت', 'يبحث', 'تبحث'],
    needs: [...PARTNER_WORDS, ...MEETING_WORDS],
    needsBefore: [...MEETING_WORDS],
    window: 14,
  },
  // "قمة جبل صبر" is a mountain top, "مباراة القمة" a derby, "على قمة الترتيب" the top of a table.
  {
    type: 'CONSULT',
    phrases: ['قمة'],
    objectNot: ['جبل', 'الجبل', 'جبال', 'تل', 'التل', 'تلة', 'هرم', 'الهرم', 'الدوري', 'الترتيب', 'المجد'],
    subjectNot: ['مباراة', 'على'],
    window: 1,
  },
  // A safety advisory ("حذرت الجمعية من خطورة الألعاب النارية", "حذرت دراسة من الإفراط") warns of a hazard; a threat
  // warns of someone's action.
  {
    type: 'THREATEN',
    phrases: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر', 'محذرا', 'محذرة'],
    // Arabic puts the subject after the verb (VSO) or before it (SVO): advisers are looked for on both sides.
    objectNot: [
      ...ADVISERS,
      'خطورة',
      'مخاطر',
      'أضرار',
      'الإفراط',
      'الأمراض',
      'الحرارة',
      'الغبار',
      'السباحة',
      'التهاون',
      // "حذر سياسيون من إمكانية حدوث انهيار", "حذرت السلطات من احتمال نشوب حرائق": a risk foreseen, no one's threat.
      'إمكانية',
      'احتمال',
      'احتمالية',
      'انهيار',
      'تدهور',
    ],
    // "بتفاؤل حذر" (cautious optimism): the adjective, no warning.
    subjectNot: [...ADVISERS, 'تفاؤل', 'التفاؤل'],
    // An agency's full title ("مديرية الدفاع المدني بمنطقة المدينة المنورة") may stand between the verb and "من خطورة".
    window: 9,
    // A travel advisory ("حذر مواطني الولايات المتحدة، والأميركيين من أصول إيرانية من السفر إلى إيران") names whom it
    // warns first: the journey comes later in the clause.
    farNot: ['السفر'],
  },
  // "بيان صادر عن الوزارة" is a statement issued by it: the participle, not confiscation.
  { type: 'COERCE', phrases: ['صادر'], objectNot: ['عن', 'من'], window: 1 },
  // "تم تجنيده من قبل الخلية": one recruit named in an arrest statement, not a mobilisation.
  { type: 'MOBILIZE', phrases: ['تجنيد'], subjectNot: ['تم', 'تمت', 'إعادة'], window: 2 },
  // Holding the veto ("الدول التي تملك حق الفيتو") is no use of it.
  {
    type: 'REJECT',
    phrases: ['فيتو', 'حق النقض'],
    subjectNot: ['تملك', 'يملك', 'تمتلك', 'يمتلك', 'امتلاك', 'لديها', 'لديه', 'تتمتع', 'يتمتع', 'صاحبة'],
    window: 3,
  },
  // Penalties a law provides for offenders ("عقوبات تصل إلى السجن", "تطبيق العقوبات على المخالفين") are no
  // sanction of one actor on another; nor is the penal code ("قانون العقوبات").
  {
    type: 'SANCTION',
    phrases: ['عقوبات', 'عقوبات اقتصادية', 'فرض عقوبات', 'فرض ~ عقوبات', 'فرضت ~ عقوبات', 'فرضوا ~ عقوبات'],
    objectNot: ['تصل', 'السجن', 'بالسجن', 'غرامة', 'غرامات', 'المخالفين', 'المخالف', 'رادعة', 'صارمة', 'تأديبية'],
    // Sanctions lifted, ended or suffered ("ترفع بموجبه العقوبات", "تنهي عقوباتها", "تأثرت بالعقوبات") are
    // background or a concession, not sanctions imposed now.
    subjectNot: [
      'قانون',
      'ينص',
      'تنص',
      'يتضمن',
      'تتضمن',
      'تطبيق',
      'رفع',
      'ترفع',
      'يرفع',
      'إنهاء',
      'تنهي',
      'ينهي',
      'تأثرت',
      'تأثر',
    ],
    window: 3,
  },
  // A donation of blood or organs, or a volunteer's, is a health campaign, not aid from one actor to another.
  {
    type: 'AID',
    phrases: ['تبرع', 'تبرعت'],
    objectNot: [...DONATED_BODY, 'التطوعي', 'تطوعي'],
    subjectNot: DONATED_BODY,
    window: 3,
  },
  // A drone named as a weapon someone owns, makes or flies is no strike ("يستخدم القاعدة لإطلاق طائرات بدون طيار");
  // strikes carry their own verb (غارة, استهدفت, قصفت).
  {
    type: 'ASSAULT',
    phrases: ['طائرة بدون طيار', 'طائرات بدون طيار', 'طائرة مسيرة', 'طائرات مسيرة', 'درون'],
    subjectNot: [
      'إطلاق',
      'استخدام',
      'يستخدم',
      'تستخدم',
      'امتلاك',
      'يمتلك',
      'تمتلك',
      'تصنيع',
      'صناعة',
      'إنتاج',
      'تطوير',
      'شراء',
      'بيع',
      'صفقة',
      'تهريب',
      'أسطول',
      'طراز',
    ],
    window: 3,
  },
  // طعن is also a legal appeal ("يمكن لنظيف الطعن على الحكم", "رفع المشتكون طعناً أمام القضاء") or a slur on someone's
  // words ("طعن بكل أحاديث هيكل"): a court, a ruling or a filing next to it is no stabbing.
  {
    type: 'ASSAULT',
    phrases: ['طعن', 'طعنا', 'طعنت', 'يطعن'],
    objectNot: [
      'الحكم',
      'حكم',
      'بالحكم',
      'الأحكام',
      'القرار',
      'قرار',
      'بالقرار',
      'النقض',
      'بالنقض',
      'المحكمة',
      'محكمة',
      'القضاء',
      'أمام',
      'بدستورية',
      'بنتائج',
      'بشرعية',
      'بكل',
    ],
    subjectNot: ['التقدم', 'تقديم', 'قدم', 'قدمت', 'بأي', 'حق', 'يحق'],
    window: 3,
  },
  // أسرت / أسروا (captured) fold like أسرته (his family): the capture needs its captives after it.
  {
    type: 'COERCE',
    phrases: ['أسرت', 'أسروا'],
    needs: [
      'منهم',
      'حوثيا',
      'حوثيين',
      'عنصرا',
      'عناصر',
      'جنديا',
      'جنود',
      'مسلحا',
      'مسلحين',
      'مقاتلا',
      'مقاتلين',
      'ضابطا',
      'ضباط',
      'رهائن',
      'شخصا',
      'أشخاص',
    ],
    window: 5,
  },
  ...AR_STATE_SENSES,
  ...AR_MASDAR_SENSES,
  ...AR_COURTESY_SENSES,
  ...AR_RECEPTION_SENSES,
  ...AR_OFFICE_ORDER_SENSES,
  ...AR_UNMADE_CHARGE_SENSES,
];
