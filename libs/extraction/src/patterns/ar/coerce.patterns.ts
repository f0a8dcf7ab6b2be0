// Arabic COERCE triggers: arrests, seizures of territory or property, bans, curfews, blockades, deportations.
import type { Token } from '../../text/tokenize';
import { foldWord } from '../../text/tokenize';
import type { TriggerMatch } from '../match-triggers';
import { triggers } from '../trigger.types';

const FIGURATIVE_SUBJECTS = [
  'ملف',
  'موضوع',
  'قضية',
  'حديث',
  'هدوء',
  'أجواء',
  'جو',
  'حالة',
  'خوف',
  'قلق',
  'حزن',
  'فرح',
  'توتر',
  'ترقب',
  'غضب',
  'صمت',
  'ذعر',
  'هلع',
  'تفاؤل',
  'ارتباك',
  'لون',
];

/** Every verb with every object across a subject gap: "أطاحت شرطة القصيم بعصابة" → 'أطاحت ~~ بعصابة'. */
const across = (verbs: string[], objects: string[]) =>
  verbs.flatMap((v) => objects.map((o) => `${v} ~~ ${o}`)).join('|');

// Gulf police wires topple or dismantle a gang or cell ("أطاحت شرطة القصيم بتشكيل عصابي", "تفكيك خلية إرهابية"): an
// arrest of its members. The objects are criminal groups only, so that "الانتفاضة التي أطاحت بالقذافي" (an ouster)
// and "تفكيك عبوة" (defusing a bomb) stay out.
const GANGS_BY = ['بعصابة', 'بتشكيل', 'بشبكة', 'بخلية', 'بمروجي', 'بمهربي', 'بلصوص', 'بمتهمين', 'بمطلوبين'];
const CELLS = ['خلية', 'خلايا', 'شبكة', 'عصابة', 'تشكيل'];
const TOPPLED = across(['أطاح', 'أطاحت', 'أطاحوا', 'تطيح', 'يطيح'], GANGS_BY);
const DISMANTLED = across(['فكك', 'فككت', 'فككوا'], CELLS);
const TOPPLING = [...GANGS_BY.map((g) => `الإطاحة ${g}`), ...CELLS.map((c) => `تفكيك ${c}`)].join('|');
// "إيداعهم التوقيف", "أودعته السجن", "زج به في السجن": committing someone to custody.
const CUSTODY = [
  across(['أودع', 'أودعت', 'أودعوا'], ['السجن', 'التوقيف']),
  across(['زج', 'زجت', 'زجوا'], ['في السجن', 'في السجون', 'بالسجن']),
  'إيداع السجن|إيداع التوقيف|الزج ~ في السجن',
].join('|');
// "قراراً بإغلاق 10 منشآت سياحية", "تشميع محلات مخالفة": an authority shutting premises down.
const CLOSURE =
  'قرارا بإغلاق|قرار بإغلاق|قرارات بإغلاق|أمر بإغلاق|أمرت بإغلاق|إغلاق ~ منشآت|إغلاق ~ منشأة|إغلاق ~ محلات|أغلقت ~ محلات|أغلقت ~ منشآت|تشميع';
// "فرض على إثره حظرًا للتجوال": the curfew noun with its preposition, and in the accusative after فرض, with the
// subject and a linking phrase in between ("فرض التنظيم على إثرها حظرًا"; reported as the verb, the gap its subject).
const CURFEWS = ['حظر للتجوال', 'حظرا للتجوال', 'حظر للتجول', 'حظرا للتجول', 'حظر تجوال', 'حظرا شاملا للتجوال'];
const IMPOSED = ['فرض', 'فرضت', 'فرضوا', 'يفرض', 'تفرض'].flatMap((v) => CURFEWS.map((c) => `${v} ~~ ${c}`));
const CURFEW = [...CURFEWS, ...IMPOSED].join('|');
// Court rulings: "قضت محكمة جنايات مصرية بسجن", "حكما بالسجن", with the court between verb and ruling.
const RULINGS = ['بسجن', 'بالسجن', 'بإعدام', 'بالإعدام'];
const SENTENCE = [
  across(['قضت', 'قضى'], RULINGS),
  'حكما بالسجن|حكما بسجن|الحكم بسجن|الحكم بالسجن|حكما بالإعدام|الحكم بإعدام',
  // "صدر بحقهم حكم يتضمن السجن": the ruling issued against the accused.
  'صدر بحقه حكم|صدر بحقهم حكم|صدر بحقها حكم|صدر بحقهما حكم|صدر حكم بسجن|صدر حكم بالسجن',
].join('|');

// An authority shutting a crossing, an office or a newspaper, with the authority between verb and object ("أغلقت
// السلطات المصرية معبر رفح", "أغلقت الشرطة مقر الصحيفة"); shops, airports and roads shut by a strike or a storm are
// left out.
const SHUT_DOWN = ['معبر', 'معابر', 'منفذ', 'منافذ', 'مكتب', 'مكاتب', 'مقر', 'مقرات', 'صحيفة', 'صحف', 'قناة', 'قنوات'];
const SHUT = across(['أغلق', 'أغلقت', 'أغلقوا', 'يغلق', 'تغلق'], SHUT_DOWN);

export const AR_COERCE = triggers('COERCE', [
  ['arrest', 'noun', 0.9, 'اعتقال|اعتقالات|القبض على|توقيف|احتجاز|حملة اعتقالات|حملة مداهمات|مداهمة|مداهمات'],
  [
    'arrest',
    'verb',
    0.9,
    'اعتقل|اعتقلت|اعتقلوا|يعتقل|تعتقل|ألقى القبض|ألقت القبض|ألقوا القبض|قبض على|قبضت على|أوقف|أوقفت|احتجز|احتجزت|احتجزوا|داهم|داهمت|داهموا',
  ],
  // The subject stands between the verb and its fixed object ("ألقت الشرطة التركية القبض على 251 شخصا"); أسر after
  // تمكن من is a capture ("تمكنت المقاومة من أسر القيادي"), never the plural of أسرة (families).
  [
    'arrest',
    'verb',
    0.9,
    'ألقى ~~ القبض|ألقت ~~ القبض|ألقوا ~~ القبض|تمكن ~~ من أسر|تمكنت ~~ من أسر|تمكنوا ~~ من أسر|تم أسر',
  ],
  ['seize', 'noun', 0.85, 'السيطرة على|السيطرة ~ على|انتزاع السيطرة|بسط السيطرة|استعادة السيطرة|استيلاء على|الاستيلاء'],
  // "استطاعت القوات تحرير الجامعة", "تمكنوا من تحرير البلدة": managing to free a place reports its taking.
  [
    'seize',
    'verb',
    0.8,
    ['استطاع', 'استطاعت', 'استطاعوا', 'تمكن من', 'تمكنت من', 'تمكنوا من'].map((v) => `${v} تحرير`).join('|'),
  ],
  [
    'seize',
    'verb',
    0.85,
    'سيطر|سيطرت|سيطروا|استولى|استولت|استولوا|انتزع السيطرة|انتزعت السيطرة|انتزعوا السيطرة|بسط سيطرته|بسطت سيطرتها|أحكم سيطرته|أحكمت سيطرتها|استعاد السيطرة|استعادت السيطرة|استعادوا السيطرة|حررت|حرروا|دخلت قوات|تمكن من السيطرة|تمكنت من السيطرة',
    // "سيطر الملف اليمني على المؤتمر", "سيطرت حالة من الهدوء": a topic or mood dominating, not territory taken.
    { notBefore: FIGURATIVE_SUBJECTS },
  ],
  // A time between the verb and its fixed object ("انتزعت اليوم (الاثنين) السيطرة على بلدة صرين") or the subject
  // itself ("انتزع تنظيم داعش السيطرة على مدينة تدمر"): the verb reports the taking, its subject before it or in the
  // gap, as with the contiguous phrase.
  [
    'seize',
    'verb',
    0.85,
    ['انتزع', 'انتزعت', 'انتزعوا', 'استعاد', 'استعادت', 'استعادوا'].map((v) => `${v} ~~ السيطرة`).join('|'),
    // "منذ أن استعادت القوات … السيطرة عليها", "بعد أن انتزع": a verb right after أن dates another act by this one.
    { notBefore: FIGURATIVE_SUBJECTS, notAfter: ['أن', 'ان'] },
  ],
  ['ban', 'noun', 0.7, 'حظر|منع دخول|منع سفر|منع مغادرة|منع خروج|منع التجول|منع التجوال'],
  // Closing crossings, borders, roads and offices is a restriction (a strike's closed shops is not: objects listed).
  [
    'ban',
    'verb',
    0.75,
    'أغلق ~ المعبر|أغلقت ~ المعبر|أغلق ~ الحدود|أغلقت ~ الحدود|أغلقت ~ المنافذ|أغلق ~ الطريق|أغلقت ~ الطريق|أغلقت ~ الطرق|أغلقت ~ مكاتب|أغلقت ~ مقر|إغلاق المعبر|إغلاق المعابر|إغلاق الحدود|إغلاق مكاتب',
  ],
  // Dispersal of a gathering by police is coercion of a crowd; the force used on it (tear gas) is ASSAULT. Single
  // words, so that the crowd noun after them (المتظاهرين، الاعتصام) still reads as the protest it was.
  ['crowd-control', 'verb', 0.8, 'فرقت|فرقوا|فضت|فضوا'],
  ['crowd-control', 'noun', 0.6, 'تفريق'],
  [
    'confiscate',
    'verb',
    0.75,
    'أحبط ~ تهريب|أحبطت ~ تهريب|إحباط ~ تهريب|أحبطت محاولة لتهريب|أحبط محاولة لتهريب|إحباط محاولة لتهريب',
  ],
  ['arrest', 'noun', 0.85, 'الإقامة الجبرية|إقامة جبرية'],
  ['ban', 'verb', 0.7, 'حظرت|يحظر|تحظر'],
  // "قالت السلطات إنها لن تسمح بمسيرة": an authority announcing a ban, not a negated act (the negator is part of the
  // phrase). The first person ("لن نسمح بالمساس") and "لأحد/بأي" are rhetoric, not a measure.
  ['ban', 'verb', 0.65, 'لن تسمح|لن يسمح', { notBefore: ['لأحد', 'لأي', 'بأي', 'بالمساس', 'بتكرار', 'بأن'] }],
  ['curfew', 'noun', 0.9, 'حظر تجول|حظر التجول|حظر التجوال|حالة الطوارئ|قانون الطوارئ|الأحكام العرفية'],
  [
    'curfew',
    'verb',
    0.9,
    'فرض ~ حظر|فرضت ~ حظر|مدد ~ حالة الطوارئ|مددت ~ حالة الطوارئ|مدد ~ حظر|مددت ~ حظر|أعلن ~ حالة الطوارئ|أعلنت ~ حالة الطوارئ',
  ],
  // Blocking a website or a channel is censorship.
  ['censor', 'verb', 0.75, 'حجب|حجبت|تحجب|يحجب'],
  ['blockade', 'noun', 0.8, 'حصار|حصارا|محاصرة'],
  // The present تحاصر / يحاصر describes a siege that stands ("وتحاصر قوة أخرى حي التأميم"), not one laid: a state.
  ['blockade', 'verb', 0.8, 'حاصر|حاصرت|حاصروا'],
  // Folded, إبعاد is أبعاد (dimensions): "الأبعاد الإقليمية للأزمة" describes, it deports nobody.
  [
    'deport',
    'noun',
    0.85,
    'ترحيل|إبعاد',
    { notBefore: ['الإقليمية', 'السياسية', 'الاستراتيجية', 'الأمنية', 'الاقتصادية', 'الاجتماعية', 'المختلفة'] },
  ],
  ['deport', 'verb', 0.85, 'رحل|رحلت|رحلوا|أبعد|أبعدت'],
  ['confiscate', 'noun', 0.7, 'مصادرة'],
  ['confiscate', 'verb', 0.6, 'صادر|صادرت|صادروا|ضبط|ضبطت|ضبطوا'],
  ['sentence', 'verb', 0.75, 'حكم ~ بالسجن|حكمت ~ بالسجن|حكمت ~ بالإعدام|حكم ~ بالإعدام|قضت ~ بسجن|قضت المحكمة'],
  ['sentence', 'verb', 0.75, SENTENCE],
  ['arrest', 'verb', 0.85, `${TOPPLED}|${DISMANTLED}|${CUSTODY}`],
  ['arrest', 'noun', 0.85, TOPPLING],
  // The police between قبض and على ("قبضت دوريات الأمن على"); the dual ("اعتقلا").
  ['arrest', 'verb', 0.85, 'قبض ~~ على|قبضت ~~ على|قبضوا ~~ على|اعتقلا|احتجزا|يعتقلون|يداهم|تداهم'],
  // "تم إيقاف المواطن على ذمة التحقيق": إيقاف alone is also a suspension (إيقاف العمل); held pending inquiry is custody.
  // With a personal plural pronoun ("جرى إيقافهم بعد سماع أقوالهم") it takes people, not work, into custody.
  ['arrest', 'noun', 0.8, 'إيقاف ~~ على ذمة|إيقافهم|إيقافهما'],
  // دهم is the short form of داهم: a raid ("دهمت قوات الأمن منزلا", "عمليات دهم"). يدهم is left out: "their hand".
  ['arrest', 'verb', 0.85, 'دهم|دهمت|دهموا|تدهم'],
  ['arrest', 'noun', 0.8, 'عمليات دهم|عملية دهم|حملة دهم|حملات دهم'],
  ['ban', 'verb', 0.75, CLOSURE],
  ['ban', 'verb', 0.75, SHUT],
  ['ban', 'noun', 0.7, 'إغلاق معبر|إغلاق منفذ|إغلاق مقر|إغلاق صحيفة|إغلاق قناة|إغلاق مكتب'],
  // Led away under guard ("اقتادت قوات الأمن المعتقلين إلى سجن الحائر", "اقتادوه إلى جهة مجهولة"); jailed
  // ("سجنت السلطات الإيرانية الصحفي"): سجن itself is mostly the noun (prison), so only the marked verb forms.
  ['arrest', 'verb', 0.8, 'اقتاد|اقتادت|اقتادوا|اقتادوه|اقتادته|اقتادتهم|اقتادوهم|سجنت|سجنوا'],
  ['curfew', 'verb', 0.9, CURFEW],
]);

// ضبط is a seizure of goods ("ضبط كمية من الحشيش") unless what it takes is people ("ضبط عاملين من جنسية عربية",
// "أسفر عن ضبطهما", "ضبط 5 أشخاص"): then it is the Gulf wires' word for an arrest.
const PEOPLE = new Set(
  [
    'شخص|أشخاص|شخصا|مواطن|مواطنين|مواطنا|مواطنون|مقيم|مقيمين|مقيما|وافد|وافدين|وافدا|عامل|عاملين|عمال|عاملا|عاملة|عاملات',
    'متهم|متهمين|متهما|مطلوب|مطلوبين|مطلوبا|مشتبه|مشتبها|مشتبهين|عناصر|عنصر|عنصرا|إرهابي|إرهابيين|إرهابيا|خلية',
    'مهرب|مهربين|مهربا|جاني|جناة|عصابة|شبكة|شاب|شابا|شبان|رجل|رجلا|رجال|امرأة|سيدة|مخالف|مخالفين|مخالفا|متسلل|متسللين',
    'متسللا|مروج|مروجين|مروجا|لص|لصوص|سارق|سارقين|مجهول|مجهولين|أفراد|فرد|فردا|مسلح|مسلحين|مسلحا|انتحاري|انتحاريا',
  ]
    .join('|')
    .split('|')
    .map(foldWord),
);
const PEOPLE_PRONOUNS = ['هم', 'هما', 'هن'];

export const AR_PEOPLE_SEIZED = triggers('COERCE', [['arrest', 'verb', 0.85, 'ضبط']])[0];

/** True when a confiscation trigger (ضبط) takes people as its object: read it as an arrest. */
export function seizesPeople(tokens: Token[], trigger: TriggerMatch): boolean {
  if (trigger.spec.type !== 'COERCE' || trigger.spec.mode !== 'confiscate' || trigger.end - trigger.first !== 1)
    return false;
  const verb = tokens[trigger.first];
  if (!verb.stems.some((s) => s.startsWith('ضبط'))) return false;
  if (PEOPLE_PRONOUNS.some((p) => verb.norm.endsWith(`ضبط${p}`))) return true;
  let k = trigger.end;
  if (tokens[k]?.isNumber) k++;
  return !!tokens[k]?.stems.some((s) => PEOPLE.has(s));
}
