// Arabic meetings the base CONSULT rows (cooperative.patterns.ts) missed: a cabinet or Security Council session and
// its chair, and meetings told in the plural. A bare جلسة is left out: it is as often a court hearing ("حتى الجلسة
// المقبلة", "جلسة استماع") or a market's trading day; the session counts when the body holding it is named.
import type { SenseRule } from '../trigger-senses';
import { triggers } from '../trigger.types';

/** The bodies whose sitting is a meeting of officials, in the genitive after جلسة or with لـ. */
const BODIES = ['مجلس الوزراء', 'لمجلس الوزراء', 'للحكومة', 'الحكومة', 'مجلس الأمن', 'لمجلس الأمن'];

const CHAIRED = ['الجلسة', 'جلسة', 'اجتماع', 'الاجتماع', 'مجلس الوزراء', 'مجلس وزراء'];
const CHAIRS = ['رأس', 'ترأس', 'ترأست', 'رأست'].flatMap((v) => CHAIRED.map((s) => `${v} ~~ ${s}`));
const CHAIRED_LONG = ['ترأس', 'ترأست'].flatMap((v) => ['مجلس وزراء', 'اجتماعا'].map((s) => `${v} ~~~ ${s}`));

/** A joint press conference ("في مؤتمر صحفي مشترك عقده في جدة أمس مع نظيره", "قبل أن يعقدا مؤتمرا صحافيا مشتركا"):
 * two parties facing the press together have met. A bare مؤتمر صحفي is one speaker's briefing, so مشترك is required. */
const PRESS = ['مؤتمر', 'المؤتمر', 'مؤتمره', 'مؤتمرها', 'مؤتمرهما'];
const JOINT_PRESS = [
  ...PRESS.flatMap((c) => [`${c} صحفي مشترك`, `${c} صحافي مشترك`]),
  ...['المؤتمر', 'مؤتمره', 'مؤتمرها', 'مؤتمرهما'].flatMap((c) => [`${c} الصحفي المشترك`, `${c} الصحافي المشترك`]),
  'مؤتمرا صحفيا مشتركا',
  'مؤتمرا صحافيا مشتركا',
];

export const AR_CONSULT_SESSIONS = triggers('CONSULT', [
  ['meet', 'noun', 0.75, JOINT_PRESS.join('|')],
  // The feminine present of يجتمع (in the base list): a body meeting today ("تجتمع لجنة مكافحة الإرهاب في الأمم
  // المتحدة (الاثنين والثلاثاء) في مدريد"). After أن, قد, a relative or a when the meeting is wished, possible,
  // habitual or hypothetical ("يجب أن تجتمع الجامعة العربية", "لجنة التراث التي تجتمع مرة واحدة سنويا"), and things
  // that come together meet no one ("تجتمع فيه العائلة", "تجتمع حوله كل الآراء").
  [
    'meet',
    'verb',
    0.8,
    'تجتمع|تجتمعان',
    {
      notAfter: ['أن', 'قد', 'التي', 'الذي', 'عندما', 'حين', 'حيث', 'يوم', 'كي', 'لكي'],
      notBefore: ['حولها', 'حوله', 'فيه', 'فيها', 'عليها', 'عليه', 'القلوب', 'العائلة', 'الأسر', 'الأسرة', 'الخصوم'],
    },
  ],
  // "إثر انتهاء جلسة مجلس الوزراء", "جلسة استثنائية للحكومة", "الجلسة الحكومية", "في جلسة طارئة لمجلس الأمن".
  ['meet', 'noun', 0.75, [...BODIES.map((b) => `جلسة ${b}|جلسة ~ ${b}`), 'الجلسة الحكومية'].join('|')],
  // The chair of a session or meeting ("رأس خادم الحرمين الشريفين الجلسة التي عقدها مجلس الوزراء", "ترأس رئيس
  // الوزراء أمس جلسة طارئة", "ترأس داود أوغلو مجلس وزراء طارئا"): the chair stands between the verb and the session.
  // "على رأس" is the head of something, not the verb.
  ['meet', 'verb', 0.8, CHAIRS.join('|'), { notAfter: ['على'] }],
  // The chair with his titles, name and time before the sitting ("وترأس رئيس الوزراء، أحمد داود أوغلو، بعد ظهر أمس
  // مجلس وزراء طارئا", "ترأس وكيل إمارة الباحة الدكتور حامد بن مالح الشمري اجتماعا موسعا"): only ترأس, which is no
  // noun, and sittings named outright span a subject that long.
  ['meet', 'verb', 0.8, CHAIRED_LONG.join('|')],
  // Meetings in the plural, held by someone or with someone ("عقد الفريق الوزاري اجتماعات موسعة", "أجرى سلسلة
  // لقاءات مع المسؤولين", "خلال اجتماعات عقدها"). Bare لقاءات is mostly matches in the sports pages, and bare
  // اجتماعات a series talked about, so both need the light verb or a partner.
  [
    'meet',
    'verb',
    0.8,
    ['عقد', 'عقدت', 'عقدوا', 'عقدا', 'أجرى', 'أجرت', 'أجروا']
      .flatMap((v) => [`${v} ~~ اجتماعات`, `${v} ~~ لقاءات`])
      .join('|'),
    // After a preposition عقد is the masdar of a means or a plan ("عبر عقد عدة اجتماعات تنظيمية"), no meeting held.
    { notAfter: ['عبر', 'بعد', 'قبل', 'خلال', 'من', 'إلى', 'على', 'في', 'حول', 'بشأن'] },
  ],
  [
    'meet',
    'noun',
    0.75,
    'اجتماعات عقدها|اجتماعات عقدتها|لقاءات عقدها|لقاءات عقدتها|لقاءاته مع|لقاءاتها مع|اجتماعاته مع|اجتماعاتها مع|لقاءات ~ مع|اجتماعات ~ مع',
  ],
]);

/** Folded, رأس is also the noun "head": "ارتفع رأس المال السوقي خلال الجلسة" is a trading day's capital. */
export const AR_SESSION_SENSES: SenseRule[] = [
  { type: 'CONSULT', phrases: CHAIRS, gapNot: ['المال', 'مال', 'مالها', 'ماله', 'السنة', 'الحربة', 'الأفعى'] },
];
