// Arabic sense rules for the civic and office register of Gulf news (see ../trigger-senses.ts). An agency's notice
// to its public ("دعت الوزارة الخريجين إلى التقديم"), a minister exhorting his own staff ("حث الموظفين على"), an Eid
// reception ("استقبل المهنئين بعيد الفطر") or a prayer ("دعت القيادة الله أن ...") borrows an event verb but is
// no REQUEST, SUPPORT or CONSULT between political actors (codebook: internal administration and ceremony are not
// events). Each rule names the audience, step or occasion that gives the office reading away.
import type { SenseRule } from '../trigger-senses';

/** Whom an office addresses in a notice or exhortation: its staff, applicants, customers and service users. */
const OFFICE_AUDIENCE = [
  'الموظفين',
  'الموظفات',
  'العاملين',
  'العاملات',
  'منسوبي',
  'منسوبات',
  'المرشحين',
  'المرشحات',
  'الخريجين',
  'الخريجات',
  'الراغبين',
  'الراغبات',
  'المتقدمين',
  'المتقدمات',
  'المستفيدين',
  'العملاء',
  'المشتركين',
  'أولياء',
  'الآباء',
  'السائقين',
  'المصطافين',
  'المتنزهين',
  'المواطنين',
  'المواطنات',
  // "المواطنين والمقيمين" (residents, in the Gulf sense) and "المهتمين" (whoever is interested) address the public.
  'المقيمين',
  'المقيمات',
  'المهتمين',
  // Charity appeals: "ناشد أهل الخير", "ناشد فاعلي الخير".
  'الخير',
  'فاعلي',
  'المحسنين',
  'الخيرين',
];

/** The service steps such a notice asks for: booking, registering, surveys, following instructions. Complying as
 * such (التقيد) is left out: parties are called on to abide by a truce or by international law ("دعت اللجنة الدولية
 * إلى التقيد بالقانون الدولي الإنساني"); a notice names the instructions it means. */
const OFFICE_STEPS = [
  'الاستطلاع',
  'الاستبانة',
  'حجز',
  'التسجيل',
  'التقديم',
  'للتقديم',
  'بالتعليمات',
  'التعليمات',
  'الإرشادات',
  'بالإرشادات',
  'بتعليمات',
  'تعليمات',
  'بإرشادات',
  'الاهتمام',
  'المقابلة',
  // Safety advisories ("أخذ الحيطة والحذر") and invitations to a ceremony or a course ("لحضور الحفل", "للحضور").
  'الحيطة',
  'لحضور',
  'للحضور',
];

/** "دعت القيادة الله سبحانه", "ندعو أن يعيد ربي": a prayer, whoever stands between the verb and the Lord. الله alone is
 * left out: it ends حزب الله and أنصار الله, parties that are called on daily. */
const PRAYED_TO = ['سبحانه', 'المولى', 'ربي', 'ربنا', 'ربه', 'العلي', 'القدير'];
/** Praise after the Lord's name ("الله عز وجل", "الله تعالى") gives a prayer away further on, after a long title
 * ("ودعا الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الله عز وجل أن يتقبل الشهداء"). */
const PRAISED = ['سبحانه', 'وجل', 'تعالى', 'المولى', 'القدير'];

/** What is applied for ("نموذج طلب التعيين", "طلب إشهار الإفلاس", "طلب اللجوء"): the masdar طلب, an application. */
const APPLICATIONS = ['التعيين', 'إشهار', 'الإفلاس', 'اللجوء', 'الالتحاق', 'التأشيرة', 'الترخيص', 'الصداقة'];

/** Nouns that take طلب as their genitive: a form, a filing. */
const FILING_HEADS = ['نموذج', 'استمارة', 'تقديم', 'رقم'];

/** Market demand and job openings: "هناك طلب مرتفع على السيارات", "وجود طلب فنيين", "زيادة الطلب": the noun طلب
 * after a word of existence or amount, or before an adjective of size. */
const DEMAND_HEADS = ['هناك', 'وجود', 'يوجد', 'توجد', 'زيادة', 'ارتفاع', 'انخفاض', 'تراجع', 'ضعف', 'حجم', 'نمو'];
/** "لا يقبل المبنى أي طلب": any request at all, a rule rather than one request made. */
const ANY = ['أي', 'أية'];
const DEMAND_SIZES = ['مرتفع', 'متزايد', 'قوي', 'ضعيف', 'متنام', 'فنيين', 'عمالة'];

/** A study asking its subjects ("طلب من المشاركين في الدراسة أن يتذوقوا", "طلب الفريق الباحث من أعضاء"): method,
 * not a demand. */
const RESEARCHERS = ['الباحث', 'الباحثون', 'الباحثين', 'المتطوعين'];
const STUDIES = ['الدراسة', 'التجربة'];

/** What an office "regulates" (ضبط الإيجارات, ضبط الأسعار, ضبط النفس): a policy or restraint, not a seizure. */
const REGULATED = [
  'الإيجارات',
  'إيجارات',
  'الأسعار',
  'أسعار',
  'الأسواق',
  'السوق',
  'النفس',
  'الإنفاق',
  'النفقات',
  'الأداء',
  'الجودة',
  'الوقت',
  'التوقيت',
  'إيقاع',
  'الميزانية',
  'العجز',
  'المصطلحات',
];

/** A newspaper's editorial "calls for" its view ("دعت صحيفة الأهرام الحكومة إلى"): commentary, not an actor's
 * demand (codebook: opinion pieces are not events). */
const PRESS = ['صحيفة', 'الصحيفة', 'جريدة', 'الجريدة', 'افتتاحية', 'افتتاحيتها', 'مجلة', 'المجلة', 'الصحف', 'صحف'];

/** "اجتماع طارئ دعا إليه رئيس البلدية": a meeting someone convened; the pronoun points back to the meeting. */
const CONVENED = ['إليه', 'إليها', 'اليه', 'اليها'];

/** A greeting of the season ("تهنئته بعيد الفطر") or to the winners of a race. */
const SEASON_GREETING = ['بعيد', 'العيد', 'بالعيد', 'الفطر', 'الأضحى', 'رمضان', 'للفائزين', 'الفائزين'];

/** Who convicts: a court's إدانة is a verdict, not a party's condemnation. */
const COURTS = ['المحكمة', 'محكمة', 'القاضي', 'المحلفين', 'القضاء'];

/** What a price does: "يصل ثمن الجهاز", "دفع ثمن": the noun ثمن (price), not the verb ثمّن (commended). */
const PRICED = [
  'يصل',
  'يبلغ',
  'بلغ',
  'وصل',
  'دفع',
  'دفعت',
  'دفعوا',
  'يدفع',
  'تدفع',
  'ارتفع',
  'انخفض',
  'يرتفع',
  'ينخفض',
  // "حاولت تقليل ثمن تلك الأعمال", "بأي ثمن": reducing a cost, whatever the price.
  ...['تقليل', 'خفض', 'أي', 'بأي'],
];

/** Plans and studies "call for" what they recommend ("دعت خطط التنمية إلى رفع مساهمة الصناعة"): no party's demand. */
const DOCUMENTS = ['خطط', 'خطة', 'الخطة', 'الخطط', 'الاستراتيجية', 'استراتيجية', 'دراسة', 'الدراسة', 'رؤية'];

/** Buyers and firms asking for goods, services or loan terms: commerce, not a political demand. */
const BUYERS = ['الزبائن', 'الزبون', 'زبون', 'العميل', 'العملاء', 'الشركة', 'شركة', 'المستهلكين'];

/** The efforts an official commends ("أشاد بجهود أمانة المنطقة", "ثمن الجهود التي بذلتها الأجهزة"): an office's
 * thanks for services rendered, not one actor's political support for another. */
const EFFORTS = ['جهود', 'بجهود', 'الجهود', 'بالجهود', 'جهودها', 'بجهودها'];

/** Verbs of saying or describing and writers' trades, which a name follows. */
const NAME_BEFORE_DAN = [
  ...['قال', 'يقول', 'أضاف', 'ذكر', 'أوضح', 'وصف', 'كتب', 'يكتب', 'رأى', 'يرى'],
  ...['الكاتب', 'الصحفي', 'الصحافي', 'المحرر', 'المحلل', 'المخرج', 'الممثل', 'الروائي'],
];

const CALL_VERBS = ['دعا', 'دعت', 'دعوا', 'يدعون', 'يدعو', 'تدعو', 'حث', 'حثت', 'يحث', 'تحث', 'ناشد', 'ناشدت'];

export const AR_CIVIC_SENSES: SenseRule[] = [
  // An office's notice to its public or staff, or a prayer. The addressee follows the verb and its subject (VSO),
  // hence the window of six.
  {
    type: 'REQUEST',
    phrases: [...CALL_VERBS, 'ناشدوا', 'يناشد', 'داعيا', 'حاثا', 'مناشدا', 'ندعو', 'أدعو'],
    objectNot: [...OFFICE_AUDIENCE, ...OFFICE_STEPS, ...PRAYED_TO, ...DOCUMENTS, ...CONVENED, ...PRESS],
    // A long title may stand between the call and its public ("ودعت المديرية العامة للدفاع المدني بمنطقة المدينة
    // المنورة جميع المواطنين والمقيمين لأخذ الحيطة"): residents are addressed only by notices.
    farNot: [...OFFICE_STEPS, ...PRAISED, 'المقيمين', 'المقيمات'],
    window: 6,
    // "ودّعت الجمعية المصابين" (bade farewell) folds to و + دعت: a call leads on to what it calls for (إلى, or a
    // purpose masdar with ل: trigger-senses.ts someLamPurpose).
    homographs: { words: ['ودعت', 'ودعوا'], needs: ['إلى', 'الى'] },
  },
  {
    type: 'REQUEST',
    phrases: ['طلب', 'طلبت', 'يطلب', 'تطلب', 'طلبوا'],
    objectNot: [...BUYERS, ...APPLICATIONS, ...DEMAND_SIZES, ...RESEARCHERS],
    farNot: STUDIES,
    subjectNot: [...FILING_HEADS, ...DEMAND_HEADS, ...ANY],
    window: 3,
  },
  // Regulating a market or holding back: the object follows the masdar directly.
  { type: 'COERCE', phrases: ['ضبط', 'ضبطت', 'ضبطوا'], objectNot: REGULATED, window: 2 },
  // Commending services rendered.
  {
    type: 'SUPPORT',
    phrases: ['أشاد', 'أشادت', 'أشادوا', 'يشيد', 'تشيد', 'ثمن', 'ثمنت', 'يثمن', 'مشيدا', 'مثمنا'],
    objectNot: EFFORTS,
    // The praiser's full title ("أشاد صاحب السمو الملكي الأمير …، أمير منطقة القصيم، بجهود") may come first.
    farNot: EFFORTS,
    subjectNot: PRICED,
    // With ب, ل or ال glued on ("بثمن زهيد", "الثمن", "لثمن") ثمن can only be the noun.
    surfaceNot: /^[وف]?(?:ب|ل|ال|بال|لل)ثمن/,
    window: 4,
  },
  // The participle داعية is also the noun "preacher" (in a list of trades): as a call it leads to إلى.
  {
    type: 'REQUEST',
    phrases: ['داعية'],
    objectNot: [...OFFICE_AUDIENCE, ...OFFICE_STEPS, ...PRAYED_TO],
    needs: ['إلى', 'الى'],
    window: 6,
  },
  // Season's greetings and congratulations to race winners are courtesy; a cable on a national day stays SUPPORT.
  {
    type: 'SUPPORT',
    phrases: ['تهنئة'],
    objectNot: SEASON_GREETING,
    // "رفع الأمير التهنئة للقيادة … بمناسبة عيد الفطر": the feast may be named after the addressees.
    farNot: ['الفطر', 'الأضحى'],
    farWindow: 20,
    window: 5,
  },
  // "أدانت المحكمة الشركة بارتكاب خطأ", "دليل إدانة": a verdict or evidence of guilt.
  {
    type: 'ACCUSE',
    phrases: ['أدان', 'أدانت', 'أدانوا', 'يدين', 'تدين'],
    objectNot: COURTS,
    subjectNot: COURTS,
    window: 3,
  },
  // The hamza-less دان is also the name Dan: right after a verb of saying or describing ("وقال دان ويرثايمر",
  // "وصف دان … القرار بأنه") or a writer's trade ("الكاتب دان براون") it is the speaker; "دي" after it is the particle
  // of a foreign surname ("دان دي لوس").
  {
    type: 'ACCUSE',
    phrases: ['دان', 'دانت', 'دانوا'],
    objectNot: [...COURTS, 'دي'],
    subjectNot: [...COURTS, ...NAME_BEFORE_DAN],
    window: 2,
  },
  // An investigation's results or its closing ("نتائج التحقيق في الحادث", "إغلاق التحقيق في القضية") open none.
  {
    type: 'ACCUSE',
    phrases: ['تحقيق في', 'التحقيق في', 'تحقيقات في'],
    subjectNot: ['نتائج', 'نتيجة', 'إغلاق', 'إنهاء', 'انتهاء', 'أغلق', 'أغلقت', 'حفظ'],
    window: 2,
  },
  // "كل ذلك كذب", "هذا محض كذب", "ما يردد من كذب": the noun (a lie) in a quoted retort or after من, not the verb
  // كذّب (denied).
  { type: 'REJECT', phrases: ['كذب', 'كذبت'], subjectNot: ['ذلك', 'هذا', 'هذه', 'محض', 'مجرد', 'من'], window: 2 },
  // "حصل على 51 في المائة من تأييد الناخبين", "نسبة التأييد": a poll's share of support is no one's statement.
  {
    type: 'SUPPORT',
    phrases: ['تأييد'],
    subjectNot: ['نسبة', 'المائة', 'بالمائة', 'المئة', 'بالمئة', 'استطلاع', 'استطلاعات'],
    window: 3,
  },
  // "قبل فبركة أي أخبار غير صحيحة": untrue as an adjective on "any" report denies none.
  { type: 'REJECT', phrases: ['غير صحيحة', 'غير صحيح'], subjectNot: ['أي'], window: 2 },
  { type: 'ACCUSE', phrases: ['إدانة'], subjectNot: ['دليل', 'أدلة', 'بأدلة', 'حكم', 'بحكم'], window: 2 },
  // "أول هاتف محمول", "هاتف ذكي": the noun (a telephone), not the verb هاتف (phoned).
  {
    type: 'CONSULT',
    phrases: ['هاتف', 'هاتفت'],
    // A brand or "new" after it ("هاتف سوني الجديد"), or "every" before it ("كل هاتف"): the device again.
    objectNot: [
      ...['محمول', 'المحمول', 'ذكي', 'الذكي', 'جوال', 'الجوال', 'نقال', 'آيفون', 'أرضي', 'الجديد'],
      ...['سوني', 'سامسونج', 'سامسونغ', 'نوكيا', 'هواوي', 'أبل', 'آبل', 'جالكسي'],
    ],
    subjectNot: ['أول', 'جهاز', 'أجهزة', 'شاشة', 'سعر', 'طرح', 'إطلاق', 'رقم', 'كل'],
    window: 2,
    listNot: true,
  },
  // "وافق مجلس الوزراء على تعديل": a cabinet or shura approving its own business is administration, not an
  // agreement between parties (a Security Council approving a resolution stays AGREE).
  { type: 'AGREE', phrases: ['وافق', 'وافقت'], objectNot: ['الوزراء', 'الشورى', 'البلدي'], window: 3 },
  // "رفض المتحدث التعليق": declining to comment or to answer is sourcing, not a refusal; "وحالة رفضت النقل" (a
  // casualty who declined the ambulance) is a paramedics' report.
  {
    type: 'REJECT',
    phrases: ['رفض', 'رفضت', 'رفضوا', 'يرفض', 'ترفض'],
    objectNot: ['التعليق', 'للتعليق', 'الإفصاح', 'الإدلاء', 'الإجابة', 'للإجابة', 'النقل'],
    window: 5,
  },
];
