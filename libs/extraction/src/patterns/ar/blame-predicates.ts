// Accusations told inside reported speech without an accusing verb: "قال المتحدث إن داعش يستخدم العائلات دروعا
// بشرية", "قال إن إيران تتدخل في شؤون جيرانها". The complementizer after the speech verb (أن / إن / بأن) is
// the trigger, the clause it opens holds the accused, and a predicate that can only blame closes it. The accuser is
// the sentence's speaker (assemble/actors/predicate-rejection.ts). A plain report of an act ("قال إن الجيش قتل 5 مسلحين")
// names no such predicate and fires nothing; a negation inside the clause ("إن قواتنا لا تستخدم المدنيين دروعا
// بشرية") is a denial, not a charge.
import type { SenseRule } from '../trigger-senses';
import { triggers } from '../trigger.types';

/** Complementizers after a speech verb. */
const THAT = ['أن', 'إن', 'بأن'];
/** The complementizers as phrase heads: إن folds as أن (foldWord), so one phrase serves both. */
const THAT_HEADS = ['أن', 'بأن'];

/** Predicates that only blame their subject: using people as shields, war crimes, meddling. Not "بشكل متعمد"
 * (on purpose): it qualifies an act verb inside the clause ("قصفت … بشكل متعمد"), whose ASSAULT the gapped trigger
 * would swallow. */
const BLAME = [
  'دروعا بشرية',
  'دروع بشرية',
  'كدروع بشرية',
  'جرائم حرب',
  'جريمة حرب',
  'جرائم ضد الإنسانية',
  'إبادة جماعية',
  'تطهير عرقي',
  'تطهيرا عرقيا',
  'تتدخل في شؤون',
  'يتدخل في شؤون',
  'تتدخل في الشؤون',
  'يتدخل في الشؤون',
];

/** "قال إن الانتهاكات التي ارتكبتها الميليشيات …": crimes or violations a party is said to have committed. Told in
 * a speaker's clause (after a speech verb and its complementizer) the speaker lays them at that party's door; told
 * by the reporter (no complementizer) they are background and fire nothing. An adjective may sit between the noun
 * and its relative ("الانتهاكات الممنهجة التي قامت بها"). */
const WRONGS = ['الجرائم', 'الانتهاكات', 'الاعتداءات', 'المجازر', 'الخروقات'];
const COMMITTED = [
  'التي ارتكبتها',
  'التي ارتكبها',
  'التي ارتكبوها',
  'التي ترتكبها',
  'التي يرتكبها',
  'التي قامت بها',
  'التي قام بها',
  'التي تقوم بها',
  'التي يقوم بها',
  'المرتكبة من جانب',
  'المرتكبة من قبل',
];
const WRONG_DONE = WRONGS.flatMap((n) => COMMITTED.flatMap((r) => [`${n} ${r}`, `${n} ~ ${r}`]));

const PHRASES = THAT_HEADS.flatMap((c) => BLAME.map((p) => `${c} ~~~ ${p}`));
const WRONG_PHRASES = THAT_HEADS.flatMap((c) => WRONG_DONE.map((p) => `${c} ~~~ ${p}`));
/** "إن بولارد يجب أن يقضي كامل عقوبته على الجرائم التي ارتكبها": crimes already tried and punished are a verdict's
 * ground, not a charge the speaker puts. */
const PUNISHED = ['عقوبة', 'عقوبته', 'عقوبتها', 'يقضي', 'تقضي', 'محاكمة', 'محاكمته', 'أدين', 'أدينت', 'إدانته', 'سجن'];

/** "أن تنظيم داعش يقف وراء الاعتداء": naming the party behind an attack lays it at its door. */
const BEHIND = ['يقف وراء', 'تقف وراء', 'يقفون وراء', 'وقف وراء', 'وقفت وراء'];
const BEHIND_PHRASES = THAT_HEADS.flatMap((c) => BEHIND.map((p) => `${c} ~~~ ${p}`));

/** "كشف جهاز الأمن العام (الشاباك) عن تنظيم يهودي سري يقف وراء الاعتداءات": revealing the party behind attacks
 * names it as their author, as a speaker's "أن X يقف وراء" does. Not when the revealing is denied ("لم تكشف
 * التحقيقات من يقف وراء الهجوم") or the party is only sought (من, هوية, الجهة in the gap); a clause after أن in the
 * gap is already the speaker's charge (BEHIND_PHRASES). */
const REVEALED = ['كشف', 'كشفت', 'كشفوا'];
const REVEALED_PHRASES = REVEALED.flatMap((v) => BEHIND.map((p) => `${v} ~~~ ${p}`));

/** "إن التفجير الانتحاري في سروج نفذه تنظيم داعش": an attack put first as the subject of the reported clause and
 * taken up by a verb with its pronoun names its doer, so the speaker lays the attack at that party's door. The
 * clause must open on the attack (senses below): in "قتلوا في هجوم نفذه مسلحون" the attack sits inside the report,
 * the reporter's account of a happening, not a charge. */
const DONE = ['نفذه', 'نفذته', 'نفذها', 'ارتكبه', 'ارتكبته', 'ارتكبها'];
const DONE_PHRASES = THAT_HEADS.flatMap((c) => DONE.map((p) => `${c} ~~~ ${p}`));
/** The attack nouns such a clause opens on (after a demonstrative at most: "أن هذا الهجوم نفذه داعش"). */
const ATTACKS = ['هجوم', 'هجوما', 'هجمات', 'تفجير', 'تفجيرا', 'تفجيرات', 'انفجار', 'اعتداء', 'اعتداءات', 'مجزرة'];

/** "بعد أن", "قبل أن": a time clause, not a statement; "يجب أن", "يمكن أن": a demand or a possibility; "تشتبه في
 * أنه", "لا شك في أن": a suspicion or a belief, not a charge put by a speaker. */
const NOT_SPEECH = ['بعد', 'قبل', 'منذ', 'يجب', 'ينبغي', 'يمكن', 'بد', 'دون', 'خشية', 'حتى', 'رغم', 'في'];

export const AR_BLAME_PREDICATES = triggers('ACCUSE', [
  ['accuse', 'verb', 0.6, [...PHRASES, ...BEHIND_PHRASES, ...WRONG_PHRASES].join('|'), { notAfter: NOT_SPEECH }],
  ['accuse', 'verb', 0.6, REVEALED_PHRASES.join('|'), { notAfter: ['لم', 'لا', 'لن', 'عدم'] }],
  // The attack in the gap is still reported as an attack, its doer read from the verb (arabic-agent-cues.ts).
  ['accuse', 'verb', 0.6, DONE_PHRASES.join('|'), { notAfter: NOT_SPEECH, keepsGap: true }],
]);

/** A negation or a first-person subject inside the clause makes it a denial or a self-description; a suspicion
 * ("قالت إنها تشتبه في أنه يقف وراء") is no charge yet. */
const DENIAL = ['لا', 'لم', 'لن', 'ليس', 'ليست', 'غير', 'عدم', 'نحن', 'إننا', 'أننا', 'بأننا', 'قواتنا'];
const SUSPICION = ['تشتبه', 'يشتبه', 'نشتبه', 'يشتبهون'];

export const AR_BLAME_SENSES: SenseRule[] = [
  { type: 'ACCUSE', phrases: PHRASES, gapNot: [...DENIAL, ...SUSPICION] },
  { type: 'ACCUSE', phrases: WRONG_PHRASES, gapNot: [...DENIAL, ...SUSPICION, ...PUNISHED] },
  // "أن الشرطة تبحث عمن يقف وراء الهجوم", "تحديد الجهة التي تقف وراء": an unknown party is sought, not blamed.
  {
    type: 'ACCUSE',
    phrases: BEHIND_PHRASES,
    gapNot: [
      ...DENIAL,
      ...SUSPICION,
      'من',
      'عمن',
      'ممن',
      'التي',
      'الذي',
      'الذين',
      'الجهة',
      'الجهات',
      'هوية',
      'تحديد',
      'معرفة',
    ],
    pronounOpenerGapless: true,
  },
  {
    type: 'ACCUSE',
    phrases: REVEALED_PHRASES,
    gapNot: ['من', 'عمن', 'ممن', 'هوية', 'الجهة', 'الجهات', 'أن', 'إن', 'بأن', ...SUSPICION],
  },
  // "أن الهجوم الذي نفذه التنظيم أوقع قتلى": a doer named in a relative clause is told in passing, not charged.
  {
    type: 'ACCUSE',
    phrases: DONE_PHRASES,
    openerNeeds: ATTACKS,
    gapNot: [...DENIAL, ...SUSPICION, 'عمن', 'ممن', 'هوية', 'تحديد', 'معرفة'],
    lastNot: ['الذي', 'التي', 'الذين'],
    // "نفذته فتاة انتحارية فجرت قنبلة": a lone, unnamed doer describes the attack; a charge names a party.
    objectNot: ['فتاة', 'امرأة', 'رجل', 'شاب', 'شخص', 'انتحاري', 'انتحارية', 'مجهول', 'مجهولون', 'مجهولين'],
    window: 2,
  },
];

/** First words of the blame triggers, for the actor rule (predicate-rejection.ts). */
export const BLAME_HEADS = THAT;
