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
];

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

/** Verbs of merit ("يستحق الإشادة", "جدير بالإشادة"): a writer's judgement, not an actor's praise. */
const MERIT = ['يستحق', 'تستحق', 'يستحقان', 'يستوجب', 'تستوجب', 'جدير', 'جديرة', 'تستدعي', 'يستدعي'];

export const AR_STATE_SENSES: SenseRule[] = [
  // "القصف يهدد بانعكاسات داخلية", "الفكر الذي يهدد الأمن والاستقرار": a risk or standing danger; a threat names
  // what its author will do ("يهدد بالانسحاب"). A relative clause describes the subject, not a threat made now.
  {
    type: 'THREATEN',
    phrases: ['يهدد', 'تهدد'],
    objectNot: AT_RISK,
    subjectNot: ['الذي', 'التي', 'والذي', 'والتي', 'الذين'],
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
];
