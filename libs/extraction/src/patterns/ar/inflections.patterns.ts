// Arabic trigger forms the base lists (assault.patterns.ts, verbal.patterns.ts ...) lacked: present plurals, a
// passive, circumstantial participles, spelling variants and less common verbs of the same events. Kept apart so that the base lists
// stay one row per sense; the modes and weights are those of the base rows.
import { triggers } from '../trigger.types';

/** "المتظاهرين الذين كانوا يدينون التنظيم": a present plural in a relative or past-continuous clause describes the
 * subject of another event (here a protest), it reports no statement of its own. */
const DESCRIBED = { notAfter: ['الذين', 'اللذين', 'اللواتي', 'اللاتي', 'كانوا', 'كانا', 'ظلوا', 'مازالوا', 'لازالوا'] };

export const AR_ASSAULT_FORMS = triggers('ASSAULT', [
  // "الحوثيون يقصفون خور مكسر بصواريخ الكاتيوشا": a headline's present plural reports the act as current.
  ['heavy-weapons', 'verb', 0.9, 'يقصفون|يقصفان', DESCRIBED],
  // دك is pounding with artillery or jets ("دكت طائرات التحالف مواقع", "واصلت المدفعية دك مواقع الميليشيات").
  ['heavy-weapons', 'verb', 0.9, 'دك|دكت|دكوا'],
  // Storming and raiding; يهاجمون and يستهدفون are left out, being as often words ("نواب يهاجمون الحكومة") or analysis
  // ("فهم يستهدفون الأكراد").
  [null, 'verb', 0.75, 'يقتحمون|يداهمون', DESCRIBED],
  // أغار on a place is a raid ("أغارت بوكو حرام على القرية", "أغار طيران التحالف على معسكرات"); the bare masculine is
  // also "I am jealous", so it needs its aircraft or raiders as subject.
  [null, 'verb', 0.8, 'أغارت|أغاروا|أغار طيران|أغارت طائرات|أغار الطيران'],
  // Saudi civil defence reports of shells from across the Yemeni border ("سقوط مقذوف عسكري من داخل الأراضي اليمنية
  // على منزل بنجران"); "مقذوفات نارية" in a stadium are fireworks.
  ['heavy-weapons', 'noun', 0.9, 'مقذوف|مقذوفات|مقذوف عسكري|مقذوفات عسكرية', { notBefore: ['نارية'] }],
  // A single gunshot ("أصيبت امرأة بطلقة نارية طائشة", "ناتج عن طلق ناري من خارج الفندق"); the plural طلقات نارية
  // is as often fireworks or a welcome salvo.
  ['firearms', 'noun', 0.85, 'طلق ناري|طلقة نارية|طلقة طائشة|رصاصة طائشة|رصاص طائش|عيار ناري'],
  // Tolls told as "fell": "وسقط 20 قتيلا على الأقل في بلدة معرة", "أسفر عن سقوط عشرات القتلى".
  [
    'killing',
    'verb',
    0.6,
    'سقط ~ قتيلا|سقط ~ قتلى|أوقع ~ قتيلا|أوقع ~ قتلى|أوقعت ~ قتيلا|أوقعت ~ قتلى',
    { killing: true },
  ],
  ['killing', 'noun', 0.6, 'سقوط ~ قتلى|سقوط ~ قتيلا', { killing: true }],
  // The passive ("اغتيل النائب العام المصري يوم 29 يونيو"): the agent only through على يد / من قبل.
  ['assassinate', 'passive', 0.9, 'اغتيل'],
]);

export const AR_COERCE_FORMS = triggers('COERCE', [
  // Egyptian and Gulf wires hold a suspect "تم التحفظ على الفاعل", "قررت النيابة التحفظ على السائق". A bare التحفظ
  // is a reservation about a text ("أبدى تحفظه على البند"), so only the passive and a decision to hold count.
  ['arrest', 'verb', 0.8, 'تم التحفظ|قررت التحفظ|قرر التحفظ|جرى التحفظ'],
  // Captives taken in battle ("قيادات حوثية كبيرة وقعوا أسرى لدى المقاومة", "عبد الخالق الحوثي وقع في الأسر"): the
  // subject is the captive, so the captor comes only through لدى / في أيدي, as for a passive. "وقعوا أسرى لأفكار
  // خاطئة" is a figure of speech: the captor's preposition is part of the phrase.
  [
    'arrest',
    'passive',
    0.8,
    'وقعوا أسرى لدى|وقعوا أسرى في|وقع أسيرا لدى|وقع أسيرا في|وقع في الأسر|وقعت ~ في الأسر|وقعوا في الأسر|سقط ~~ في قبضة|سقطت ~~ في قبضة|سقوط ~~ في قبضة|وقع في قبضة|وقعوا في قبضة',
  ],
  // أسر is a capture only with captives named after it ("أسرت المقاومة أمس 45 حوثيا", "وأسرت المقاومة ثلاثة منهم");
  // folded, أسرته is also "his family" (senses.ts keeps only the captive reading).
  ['arrest', 'verb', 0.8, 'أسرت|أسروا'],
  // Keeping people out ("منعت السلطات الإندونيسية خمسة لاعبين دخول أراضيها", "منعت دخول موظفي الأوقاف"); the bare
  // منع is as often the masdar of a reported or denied ban ("نفت الأنباء عن منع سعوديين من الدخول").
  ['ban', 'verb', 0.7, 'منعت ~~ دخول|منعت ~~ من دخول|منعوا ~~ من دخول|منعت ~~ من الدخول'],
]);

export const AR_VERBAL_FORMS = [
  // "منتقداً خطاب الأمين العام لحزب الله": the participle carries a second statement of the sentence's speaker.
  ...triggers('ACCUSE', [
    ['criticize', 'verb', 0.7, 'منتقدا|منتقدة'],
    ['criticize', 'verb', 0.7, 'ينتقدون', DESCRIBED],
    ['accuse', 'verb', 0.85, 'يتهمون', DESCRIBED],
    ['condemn', 'verb', 0.85, 'يدينون|يستنكرون|ينددون', DESCRIBED],
  ]),
  ...triggers('THREATEN', [['threaten', 'verb', 0.85, 'يهددون|يتوعدون', DESCRIBED]]),
  ...triggers('REJECT', [['deny', 'verb', 0.85, 'ينفون|ينكرون', DESCRIBED]]),
  ...triggers('SUPPORT', [['praise', 'verb', 0.8, 'يرحبون|يشيدون|يثمنون', { ...DESCRIBED, notBefore: ['الله'] }]]),
];

// The Egyptian spelling of a phone call ("جاءت الموافقة في اتصال تليفوني بين الرئيسين").
export const AR_CONSULT_FORMS = triggers('CONSULT', [
  ['phone', 'noun', 0.85, 'اتصال تليفوني|اتصالا تليفونيا|مكالمة تليفونية|اتصالات تليفونية'],
]);
