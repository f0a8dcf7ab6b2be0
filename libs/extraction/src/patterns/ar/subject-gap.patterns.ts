// Arabic triggers whose subject stands between the verb and its fixed object (verb-subject-object order): "أطلق
// مجهولون النار على مواطن", "فتح مسلحون النار على مركز للشرطة", "وجهت وزارة العدل الأمريكية اتهامات". The base
// lists hold verb and object side by side ("أطلقوا النار") or two words apart; wires often put a whole subject
// between. The '~~' gap reports the verb, so the subject in the gap is read as the actor.
import type { SenseRule } from '../trigger-senses';
import { triggers } from '../trigger.types';

const gapped = (verbs: string[], objects: string[]) => verbs.flatMap((v) => objects.map((o) => `${v} ~~ ${o}`));

/** Shooting: the verb, its subject, then النار / النيران / الرصاص. */
const FIRED = gapped(
  ['أطلق', 'أطلقت', 'أطلقوا', 'أطلقا', 'فتح', 'فتحت', 'فتحوا', 'فتحا'],
  ['النار', 'النيران', 'الرصاص'],
);

/** Charges and criticism addressed to someone: "وجهت وزارة العدل الأمريكية اتهامات إلى 14 مسؤولا", "وجه القضاء
 * الكوري الجنوبي تهمة إضافية", "وجه النائب خالد الضاهر انتقادات لاذعة إلى". */
// Past forms only: توجه is as often "headed for" ("توجه المتهم إلى المحكمة حيث يواجه تهمة").
const ADDRESSED = ['وجه', 'وجهت', 'وجهوا'];
const CHARGED = gapped(ADDRESSED, ['تهمة', 'تهما', 'اتهاما', 'اتهامات']);
const CRITICIZED = gapped(ADDRESSED, ['انتقادات', 'انتقادا']);
/** Folded, وجه is also the noun "face": "صمد في وجه الاتهامات" stands up to charges, it brings none. */
const FACE_OF = ['في', 'على', 'أمام', 'من'];
/** Praise: "أثنى رئيس مجلس النواب سليم الجبوري على الانتصارات", "الولايات المتحدة تثني على الحكومة السنغالية"
 * (the verb of أشاد, with the praiser between it and its على). */
const PRAISED = [...gapped(['أثنى', 'أثنت', 'أثنوا', 'يثني', 'تثني'], ['على']), 'مثنيا على', 'مثنية على'];

// The base lists' short-gap phrases ("توصل ~ اتفاق", "فتحت ~ تحقيقا") again with room for a whole subject: "توصل
// زعماء منطقة اليورو إلى اتفاق", "حكمت محكمة في الحسيمة شمال المغرب على مغربيين بالسجن", "أحبطت إدارة مكافحة
// المخدرات الأردنية محاولة تهريب", "فتحت وزارة العدل السويسرية تحقيقا", "نظم نحو 400 صحافي وقفة". Their objects are
// the event's own noun, so a long gap does not pick up another verb's object.
const REACHED = gapped(['توصل', 'توصلت', 'توصلوا', 'توصلا', 'توصلتا'], ['اتفاق']);
const SENTENCED = gapped(['حكم', 'حكمت'], ['بالسجن', 'بسجن', 'بالإعدام', 'بإعدام']);
const FOILED = gapped(['أحبط', 'أحبطت', 'أحبطوا'], ['تهريب']);
// Began an inquiry: "بدأت وزارة الصناعات الأولية تحقيقا", "الذي بدأ تحقيقا فوريا" (the indefinite object only:
// "باشر فريق التحقيق إجراءاته" names a team).
const BEGAN = ['بدأ', 'بدأت', 'باشر', 'باشرت'];
const OPENED_INQUIRY = [...gapped(['فتح', 'فتحت', ...BEGAN], ['تحقيقا']), ...BEGAN.map((v) => `${v} تحقيقا`)];
const SUMMONED = gapped(['استدعى', 'استدعت'], ['السفير', 'القائم بالأعمال']);
/** Recalling one's own ambassador, the recalling state before its envoy: "استدعت مملكة البحرين سفيرها لدى إيران",
 * "استدعت وزارة الخارجية سفير مملكة البحرين لدى الجمهورية الإسلامية ... للتشاور", and the headline's present
 * "البحرين تستدعي سفيرها في إيران للتشاور". */
const RECALLED = [
  ...gapped(['استدعت', 'سحبت'], ['سفيرها']),
  ...gapped(['استدعى', 'سحب'], ['سفيره']),
  ...gapped(['استدعت', 'استدعى'], ['سفير ~~ للتشاور']),
  'تستدعي سفيرها|يستدعي سفيره|تسحب سفيرها|يسحب سفيره',
];
const STAGED = gapped(['نظم', 'نظمت', 'نظموا'], ['وقفة', 'مظاهرة']);

/** A complaint or lawsuit lodged against someone, its plaintiff often in between: "اثنين من الشكاوى قدمتهما روسيا
 * والصين ضد الاتحاد الأوروبي", "تقدم بشكوى جنائية ضد الممثل", "رفع دعوى قضائية ضد". Without ضد a شكوى is mostly a
 * consumer's or a citizen's grievance ("تقديم شكوى لدى البلدية"), and دعوى without قضائية a divorce suit. */
const COMPLAINED = gapped(['شكوى', 'شكاوى', 'دعوى قضائية', 'دعاوى قضائية'], ['ضد']);

export const AR_SUBJECT_GAP = [
  ...triggers('ASSAULT', [['firearms', 'verb', 0.85, FIRED.join('|')]]),
  ...triggers('ACCUSE', [
    ['accuse', 'verb', 0.85, CHARGED.join('|'), { notAfter: FACE_OF }],
    ['criticize', 'verb', 0.7, CRITICIZED.join('|'), { notAfter: FACE_OF }],
  ]),
  ...triggers('SUPPORT', [['praise', 'verb', 0.8, PRAISED.join('|')]]),
  ...triggers('AGREE', [['agree', 'verb', 0.8, REACHED.join('|')]]),
  ...triggers('COERCE', [
    ['sentence', 'verb', 0.75, SENTENCED.join('|')],
    ['confiscate', 'verb', 0.75, FOILED.join('|')],
  ]),
  ...triggers('ACCUSE', [
    ['investigate', 'verb', 0.75, OPENED_INQUIRY.join('|')],
    ['summon', 'verb', 0.75, SUMMONED.join('|')],
    ['accuse', 'noun', 0.75, COMPLAINED.join('|')],
  ]),
  ...triggers('PROTEST', [['demo', 'verb', 0.85, STAGED.join('|')]]),
  ...triggers('SANCTION', [['expel', 'verb', 0.85, RECALLED.join('|')]]),
  // "لا صحة لإيقاف الاستقدام", "لا صحة على الإطلاق لذلك": the base list has only "لا صحة لها / له / لما".
  ...triggers('REJECT', [['deny', 'verb', 0.7, 'لا صحة', { notAfter: ['بشكل', 'بطريقة', 'بصورة'] }]]),
];

/** A gap that holds another head of النار is no shooting: "أطلقت الأمم المتحدة دعوة لوقف إطلاق النار" (a truce),
 * "أطلق سراحه بعد ... النار", "أطلقت البلدية الألعاب النارية" (fireworks), "فتح تحقيقا في إطلاق النار" (an inquiry). */
export const AR_SUBJECT_GAP_SENSES: SenseRule[] = [
  {
    type: 'ASSAULT',
    phrases: FIRED,
    gapNot: [
      'إطلاق',
      'لإطلاق',
      'وقف',
      'سراح',
      'الألعاب',
      'ألعاب',
      'تحقيقا',
      'تحقيق',
      'تبادل',
      'حملة',
      'مبادرة',
      'دعوة',
    ],
  },
  // Folded, أثنى is اثني: "وجهت اتهامات لاثني عشر شخصا على صلة به" counts twelve people, it praises nobody; "أثناه
  // عن قراره" dissuades.
  { type: 'SUPPORT', phrases: PRAISED, gapNot: ['عشر', 'عشرة', 'عن'] },
];
