// Arabic RETREAT triggers: withdrawal, surrender and disarmament, ceasefires, releases, resignations.
import { triggers } from '../trigger.types';

export const AR_RETREAT = triggers('RETREAT', [
  ['withdraw', 'noun', 0.85, 'انسحاب|الانسحاب'],
  [
    'withdraw',
    'verb',
    0.85,
    'فر عشرات|فر العشرات|فر مسلحو|فر مقاتلو|فر عناصر|فرار عشرات|فرار عناصر|انسحب|انسحبت|انسحبوا|ينسحب|تنسحب|انسحبا|ينسحبون|لاذ ~ بالفرار|لاذوا ~ بالفرار|لاذت ~ بالفرار|فروا ~ هاربين',
  ],
  // Fighters fleeing their posts, told by a masdar with the fighters after it ("حالات هروب جماعية للكثير من عناصر
  // داعش", "فرار مسلحي الجماعة") or a plural verb with the post left ("فروا من مواقعهم", "فروا من القاعدة"). A bare
  // هروب is as often a worker leaving a sponsor or a prison break, and فروا من civilians fleeing a town.
  [
    'withdraw',
    'noun',
    0.85,
    ['هروب', 'الهروب', 'فرار']
      .flatMap((n) => ['عناصر', 'لعناصر', 'للعناصر', 'مسلحي', 'مقاتلي'].map((f) => `${n} ~~ ${f}`))
      .join('|'),
  ],
  [
    'withdraw',
    'verb',
    0.85,
    'فروا من مواقع|فروا من مواقعهم|فروا من القاعدة|فروا من المعسكر|فروا من الجبهة|فروا من جبهات|فروا من ثكناتهم',
  ],
  // A named military camp or barracks left in flight ("فروا من معسكر اللواء 15"); a refugee or detention camp is no
  // post of theirs.
  [
    'withdraw',
    'verb',
    0.85,
    'فروا من معسكر|فروا من معسكرات|فروا من ثكنات',
    {
      notBefore: [
        'اللاجئين',
        'للاجئين',
        'النازحين',
        'للنازحين',
        'الاعتقال',
        'اعتقال',
        'الاحتجاز',
        'احتجاز',
        'للاعتقال',
      ],
    },
  ],
  [
    'disarm',
    'noun',
    0.9,
    'تسليم نفسه|تسليم أنفسهم|تسليم السلاح|تسليم أسلحتهم|تسليم الأسلحة|تسليم أسلحة|نزع السلاح|استسلام',
  ],
  [
    'disarm',
    'verb',
    0.9,
    'سلموا أسلحتهم|سلم سلاحه|سلموا أنفسهم|سلم نفسه|سلمت نفسها|ألقوا السلاح|ألقوا أسلحتهم|استسلم|استسلمت|استسلموا',
  ],
  // "أعلنوا استسلامهم بعد توغل مدرعات المقاومة": the surrender announced by those who surrender, as with a
  // resignation.
  ['disarm', 'verb', 0.9, 'أعلن ~~ استسلامه|أعلنت ~~ استسلامها|أعلنوا ~~ استسلامهم|أعلنا ~~ استسلامهما'],
  // A bare truce noun is mostly a topic ("احترام الهدنة", "خرق الهدنة"); declaring or starting one is news.
  ['ceasefire', 'noun', 0.35, 'هدنة|وقف إطلاق النار|وقف لإطلاق النار|وقف اطلاق نار|تهدئة'],
  [
    'ceasefire',
    'verb',
    0.85,
    'بدء هدنة|بدء الهدنة|أعلن ~ هدنة|أعلنت ~ هدنة|الإعلان عن هدنة|إعلان هدنة|أعلن ~ وقف إطلاق النار|أعلنت ~ وقف إطلاق النار|إعلان وقف إطلاق النار|الإعلان عن وقف إطلاق النار|بدء سريان|بدأ سريان|دخلت الهدنة|دخل وقف إطلاق النار|سريان الهدنة|سريان وقف إطلاق النار|بدأت الهدنة',
  ],
  // Halting one's own strikes ("أمر الرئيس بوقف الغارات الجوية على معسكرات المتمردين", "القوات العراقية أوقفت عمليات
  // القصف الجوي والمدفعي", "أوقفت الجماعة إطلاق النار") is a ceasefire; demands to halt them are requests (the noun
  // after طالب is the demand's topic, trigger-filters.ts).
  [
    'ceasefire',
    'verb',
    0.85,
    'أوقف ~ عمليات القصف|أوقفت ~ عمليات القصف|أوقف ~ الغارات|أوقفت ~ الغارات|أوقف إطلاق النار|أوقفت إطلاق النار|أوقفوا إطلاق النار|أمر بوقف الغارات|أمرت بوقف الغارات|أمر بوقف القصف|أمرت بوقف القصف|قرر وقف الغارات|قررت وقف الغارات|قررت وقف القصف|قرر وقف القصف',
  ],
  [
    'release',
    'noun',
    0.85,
    'الإفراج عن|إطلاق سراح|الإفراج|تبادل الأسرى|تبادل للأسرى|صفقة تبادل|تبادل ~ الأسرى|تبادل ~ المعتقلين|تبادل المحتجزين',
  ],
  ['release', 'verb', 0.85, 'أفرج|أفرجت|أفرجوا|يفرج|تفرج|أطلق سراح|أطلقت سراح|أطلقوا سراح'],
  // The subject often stands between the verb and سراح ("أطلقت قوات الأمن سراح"); إخلاء السبيل is the same release.
  [
    'release',
    'verb',
    0.85,
    'أطلق ~~ سراح|أطلقت ~~ سراح|أطلقوا ~~ سراح|أخلى ~~ سبيل|أخلت ~~ سبيل|أخلوا ~~ سبيل|أخلي سبيل|إخلاء سبيل',
  ],
  // Hostages freed by security forces end the hold as a release does.
  ['release', 'noun', 0.75, 'تحرير الرهائن|تحرير رهائن|تحرير الرهينة|تحرير المخطوفين|تحرير المختطفين|تحرير المحتجزين'],
  ['resign', 'noun', 0.8, 'استقالة|استقالته'],
  // A finite resignation or one announced or handed in by the one resigning is as sure a cue as a surrender: unlike
  // the bare noun (a demand for someone's resignation), it reports the step taken.
  ['resign', 'verb', 0.9, 'استقال|استقالت|قدم استقالته|قدمت استقالتها'],
  // "أعلن المدير التنفيذي للشركة استقالته": the announcer is the one resigning.
  // "قدم وزير الداخلية استقالته": handed in, with the subject between verb and object.
  [
    'resign',
    'verb',
    0.9,
    'أعلن ~~ استقالته|أعلنت ~~ استقالتها|أعلنوا ~~ استقالتهم|يعلن ~~ استقالته|قدم ~~ استقالته|قدمت ~~ استقالتها|قدموا ~~ استقالتهم',
  ],
]);
