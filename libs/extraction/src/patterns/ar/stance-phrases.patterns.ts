// Arabic wordings of stances and diplomatic acts the base lists lacked: ratifying or defending an accord (SUPPORT),
// "face the consequences" (THREATEN), criticism levelled at someone (ACCUSE), a surrender with its pronoun
// (RETREAT), recalling one's envoy with the state between verb and envoy (SANCTION), answering charges and declaring
// a truce or a measure meaningless (REJECT).
import { triggers } from '../trigger.types';

/** What a party ratifies or defends: an accord, a resolution, a plan, a policy or a stance. */
const ACCORDS = [
  'الاتفاق',
  'الاتفاقية',
  'اتفاق',
  'اتفاقية',
  'القرار',
  'قرار',
  'الخطة',
  'المبادرة',
  'الصفقة',
  'سياسة',
  'سياسته',
  'سياستها',
  'موقف',
  'موقفه',
  'موقفها',
];

/** "صادق مجلس الأمن بالإجماع على الاتفاق", "المجلس يصادق على اتفاق فيينا": ratifying or endorsing an accord. */
const RATIFY = ['صادق', 'صادقت', 'صادقوا', 'يصادق', 'تصادق', 'المصادقة', 'مصادقة']
  .flatMap((v) => ACCORDS.map((a) => `${v} ~~ على ${a}`))
  .join('|');

/** "واصل روحاني دفاعه عن الاتفاق", "دافع كيري عن الاتفاق النووي": defending an accord or a stance supports it. */
const DEFEND = ['دافع', 'دافعت', 'دافعوا', 'يدافع', 'تدافع', 'مدافعا', 'دفاعه', 'دفاعها', 'دفاعهم']
  .flatMap((v) => ACCORDS.map((a) => `${v} ~ عن ${a}`))
  .join('|');

/** First-person support ("نؤيد", "تضامني"): the speaker's own, never the act of a name in its clause. */
export const AR_FIRST_PERSON_SUPPORT = [
  'ندعم',
  'نؤيد',
  'أؤيد',
  'نساند',
  'تضامني',
  'تضامننا',
  'تأييدي',
  'تأييدنا',
  'دعمي',
];

export const AR_STANCE_SUPPORT = triggers('SUPPORT', [
  ['endorse', 'verb', 0.75, RATIFY],
  ['praise', 'verb', 0.7, DEFEND],
  // A statement's own first person ("نؤيد هذا الاتفاق", "أكدت له تضامني معه وتأييدي ودعمي").
  ['solidarity', 'verb', 0.7, AR_FIRST_PERSON_SUPPORT.join('|')],
]);

export const AR_STANCE_THREATEN = triggers('THREATEN', [
  // "على الجماعات أن تلقي أسلحتها أو أن تواجه العواقب", "سيدفعون الثمن غاليا": an ultimatum's alternative.
  [
    'threaten',
    'verb',
    0.7,
    'تواجه العواقب|يواجه العواقب|يواجهوا العواقب|ستواجه العواقب|سيواجه العواقب|سيواجهون العواقب|ستتحمل العواقب|سيتحمل العواقب|سيتحملون العواقب|سيدفع الثمن|ستدفع الثمن|سيدفعون الثمن',
  ],
]);

/** A verb of starting, renewing or keeping up before the masdar of criticism, its subject (and a time or place) in
 * the gap. */
const RENEWED_CRITICISM = ['بدأ', 'بدأت', 'بدأوا', 'جدد', 'جددت', 'جددوا', 'أعاد', 'أعادت', 'واصل', 'واصلت', 'واصلوا']
  .flatMap((v) =>
    [
      'انتقاده',
      'انتقادها',
      'انتقادهم',
      'انتقاداته',
      'انتقاداتها',
      'انتقاداتهم',
      'لانتقاده',
      'لانتقاداته',
      'لانتقاداتها',
      'لانتقاداتهم',
      'في انتقاد',
      'في انتقاده',
      'في انتقادها',
      'بانتقاد',
    ].map((n) => `${v} ~~~ ${n}`),
  )
  .join('|');

export const AR_STANCE_ACCUSE = triggers('ACCUSE', [
  // "وجه النائب انتقادات حادة للحكومة": criticism levelled by the subject.
  // "في ظل ما تمارسه من تدخلات في الشأن اليمني": the plural of meddling, with the affairs meddled in.
  [
    'interfere',
    'noun',
    0.6,
    'تدخلات في الشأن|تدخلات في الشؤون|تدخلاتها في الشأن|تدخلاتها في الشؤون|تدخلاته في الشأن|تدخلاته في الشؤون',
  ],
  // "بدأ الحرس الثوري والمتشددون في انتقاده", "أعاد مجلس التعاون والولايات المتحدة التأكيد في الدوحة لانتقاداتهم
  // السابقة", "جدد انتقاده": criticism begun, renewed or kept up is criticism voiced now, told by a verb of starting
  // or repeating with the subject between (so no انتقد form fires).
  ['criticize', 'verb', 0.65, RENEWED_CRITICISM],
  // "تعرض الوزير لسيل من الانتقادات أمام اللجنة": the criticised is the subject, the critics come after.
  [
    'criticize',
    'passive',
    0.65,
    'تعرض ~~ لانتقادات|تعرضت ~~ لانتقادات|تعرض ~~ لانتقاد|تعرضت ~~ لانتقاد|تعرض ~~ من الانتقادات|تعرضت ~~ من الانتقادات',
  ],
]);

export const AR_STANCE_RETREAT = triggers('RETREAT', [
  // "أعلنوا استسلامهم بعد توغل المدرعات": the masdar with its pronoun.
  ['disarm', 'noun', 0.9, 'استسلامهم|استسلامه|استسلامها'],
]);

export const AR_STANCE_SANCTION = triggers('SANCTION', [
  // "استدعاء البحرين لسفيرها من طهران", "استدعت المنامة سفيرها": the recalling state between verb and envoy.
  ['expel', 'verb', 0.85, 'استدعاء ~ لسفيرها|استدعاء ~ لسفيره|استدعت ~ سفيرها|استدعى ~ سفيره'],
]);

/** "ردت وزارة الدفاع على الاتهامات وأكدت أن …": answering charges rebuts them. */
const CHARGES = ['الاتهامات', 'اتهامات', 'الاتهام', 'الانتقادات', 'المزاعم', 'مزاعم', 'الادعاءات', 'ادعاءات'];
export const AR_STANCE_REJECT = triggers('REJECT', [
  [
    'deny',
    'verb',
    0.75,
    ['رد', 'ردت', 'ردوا', 'ردتا', 'ردا', 'يرد', 'ترد'].flatMap((v) => CHARGES.map((c) => `${v} ~ على ${c}`)).join('|'),
  ],
  // Declaring a truce, a process or a sanction void of meaning dismisses it ("لم يعد للهدنة أي معنى", "فقدت الهدنة
  // أي معنى لها", "العقوبات لا معنى لها"), as does the idiom "لا تقدم ولا تؤخر" (makes no difference).
  [
    'refuse',
    'verb',
    0.6,
    'لم يعد ~ أي معنى|لم تعد ~ أي معنى|لم يبق ~ أي معنى|لم يعد ~ معنى|فقد ~ أي معنى|فقدت ~ أي معنى|فقد ~ معناه|فقدت ~ معناها|لا معنى له|لا معنى لها|لا معنى لهما|لا تقدم ولا تؤخر|لا يقدم ولا يؤخر',
  ],
]);

export const AR_STANCE_PHRASES = [
  ...AR_STANCE_REJECT,
  ...AR_STANCE_SUPPORT,
  ...AR_STANCE_THREATEN,
  ...AR_STANCE_ACCUSE,
  ...AR_STANCE_RETREAT,
  ...AR_STANCE_SANCTION,
];
