// Word lists for person names: Arabic and English titles (وزير الخارجية, Foreign Minister), common Arabic first
// names (رياض حجاب), words that are not names or end a name run, and English verbs of speech.

/** Arabic titles before a person's name; `true` = weak (السيد, الشيخ): needs two name words. */
export const ARABIC_TITLES: Record<string, boolean> = {
  الرئيس: false,
  الملك: false,
  الأمير: false,
  'ولي العهد': false,
  'ولي ولي العهد': false,
  'وزير الخارجية': false,
  'وزير الدفاع': false,
  'وزير الداخلية': false,
  'وزير الإعلام': false,
  'وزير خارجية': false,
  'وزير دفاع': false,
  'وزير داخلية': false,
  // Portfolios of two words: the name follows them, not the portfolio (وزير حقوق الإنسان عز الدين الأصبحي).
  'وزير حقوق الإنسان': false,
  'وزير العدل': false,
  'وزير المالية': false,
  'وزير الصحة': false,
  'وزير النفط': false,
  'وزير الدولة': false,
  'رئيس الوزراء': false,
  'رئيس الحكومة': false,
  'المتحدث باسم': false,
  'المتحدث الرسمي': false,
  المتحدث: false,
  العميد: false,
  اللواء: false,
  العقيد: false,
  المقدم: false,
  الرائد: false,
  النقيب: false,
  الفريق: false,
  'الفريق أول': false,
  المشير: false,
  الشيخ: true,
  السفير: false,
  النائب: true,
  الدكتور: true,
  د: true,
  'المنسق العام': false,
  القائد: false,
  قائد: false,
  زعيم: false,
  المبعوث: false,
  الوزير: false,
  وزير: false,
  السيد: true,
  الناشط: true,
  الإعلامي: true,
  الصحفي: true,
  الصحافي: true,
  الإمام: true,
  المفتي: false,
  المرشد: false,
  رئيس: false,
  'نائب الرئيس': false,
  'رئيس الأركان': false,
  'قائد الجيش': false,
  'مساعد وزير الخارجية': false,
  'نائب وزير الخارجية': false,
  السلطان: false,
  // البابا فرنسيس: a church head acts under his title like a monarch.
  البابا: false,
  'بابا الفاتيكان': false,
  // "السيناتور الديمقراطي تشاك شومر": a US senator is named under his title like a minister.
  السيناتور: false,
  'عضو مجلس الشيوخ': false,
  'عضو الكونغرس': false,
};

/** Party adjectives that stand after a title the way a country adjective does ("السيناتور الديمقراطي تشاك
 * شومر", "النائب الجمهوري X"): without them the adjective, an ال word, is read as the whole name. */
export const ARABIC_PARTY_ADJECTIVES = new Set(['الديمقراطي', 'الديموقراطي', 'الجمهوري']);

export const ENGLISH_TITLES: Record<string, boolean> = {
  president: false,
  'prime minister': false,
  'foreign minister': false,
  'defence minister': false,
  'defense minister': false,
  'interior minister': false,
  minister: false,
  king: false,
  prince: false,
  'crown prince': false,
  sheikh: true,
  gen: false,
  general: false,
  col: false,
  colonel: false,
  brig: false,
  'brig gen': false,
  brigadier: false,
  'brigadier general': false,
  maj: false,
  major: true,
  lt: false,
  capt: false,
  mr: false,
  mrs: false,
  ms: false,
  dr: false,
  spokesman: false,
  spokeswoman: false,
  spokesperson: false,
  ambassador: false,
  envoy: false,
  commander: false,
  leader: true,
  emir: false,
  sultan: false,
  secretary: true,
  'secretary of state': false,
  'secretary general': false,
  senator: false,
  governor: false,
  gov: false,
  lawmaker: false,
  legislator: false,
  mayor: false,
  chief: false,
  commissioner: false,
  director: true,
  'deputy governor': false,
  'vice president': false,
  'army chief': false,
  'police chief': false,
  'intelligence chief': false,
  cleric: true,
  imam: false,
  judge: true,
  premier: false,
};

/** First words of titles that English often writes in lower case before a capitalised name (army commander Col.
 * X, lawmaker X, intelligence chief X); the others (president, minister) must be capitalised to count. */
export const ENGLISH_LOWER_TITLES = new Set([
  'lawmaker',
  'legislator',
  'governor',
  'intelligence',
  'army',
  'police',
  'commander',
  'spokesman',
  'spokeswoman',
  'cleric',
  'mayor',
  // "opposition leader Raila Odinga", "AK Party spokesperson Ömer Çelik", "foreign minister Badr Abdelatty"
  'leader',
  'spokesperson',
  'envoy',
  'ambassador',
  'minister',
  'foreign',
  'defence',
  'defense',
  'interior',
  'chief',
]);

/** Capitalised words of organisations, places and offices: a "First Last said" run containing one is not a person
 * (White House said, Health Ministry told). */
export const ENGLISH_NON_NAME_WORDS = new Set(
  (
    'the a an this that these those his her their its our my it he she they we but and or so if when while after ' +
    'before on in at of for with by from as house ministry army police command council agency office department ' +
    'group organization organisation committee court government authority authorities party front brigade brigades ' +
    'navy forces force news times post press network union commission center centre institute bank company ' +
    'corporation fund programme program service services unit watch international foundation association movement ' +
    'coalition state states republic kingdom emirates nations team club university hospital guard guards ' +
    'observatory media agency mission embassy palace parliament assembly cabinet military officials residents ' +
    'witnesses sources spokesman spokeswoman statement security health interior defence defense foreign general ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Verbs of speech right after a bare capitalised name: "Ali Ndume said", "Abdullahi Hassan told". */
export const ENGLISH_SPEECH_VERBS = new Set(['said', 'told', 'says', 'tells', 'added', 'stated', 'warned', 'wrote']);

/** Given names common enough to mark a person without a title (رياض حجاب); ambiguous words (علي, سعيد) excluded. */
export const ARABIC_FIRST_NAMES = new Set(
  (
    'محمد أحمد عبدالله خالد عمر عثمان إبراهيم يوسف مصطفى محمود رياض أسعد عادل سلمان فيصل نايف ناصر سلطان طلال وليد مروان ' +
    'هشام طارق ماجد فهد بندر حمد عمار يحيى إسماعيل حيدر عباس قاسم عبدالرحمن عبدالعزيز عبدالملك عبدالكريم أنس بشار ' +
    'حافظ ماهر فراس غسان نبيل عماد جواد مهدي حسين حسن سامي زياد ياسر عبد أبو منصور حمزة بسام هيثم معاذ ' +
    'سمير أيمن حسام عصام نزار عبدالرحيم عبدالخالق عبدالسلام مراد ' +
    // "عبدالـ" compounds written as one word are always given names (عبدالوهاب هادي طواف, عبدالقادر الخطيب).
    'عبدالوهاب عبدالقادر عبدالحميد عبدالمجيد عبدالفتاح عبدالناصر عبدالرزاق عبداللطيف عبدالهادي عبدالباسط ' +
    'عبدالغني عبدالمنعم عبدالحكيم عبدالجليل عبدالمحسن عبدالإله عبدالرؤوف عبدالحليم عبدالوهاب عبدالمطلب عبدالسميع'
  ).split(' '),
);

/** Words that cannot be part of a name: they end the name run. على is not listed: it folds to علي (a given name);
 * match-person compares its written form instead. */
// Imperfect verbs news sets right after a name or a bare office, with their future form in سـ: "وكان وزير
// الخارجية يزور طهران", "الرئيس النيجيري محمد بخاري سيسافر إلى واشنطن". None is a name word; without them the
// name after a title runs on into the verb and its object ("يزور طهران").
const IMPERFECT_AFTER_NAME = (
  'يزور تزور يسافر تسافر يلتقي تلتقي يتوجه تتوجه يصل تصل يغادر تغادر يبحث تبحث يرأس ترأس يترأس تترأس ' +
  'يشارك تشارك يحضر تحضر يعقد تعقد يجري تجري يلقي تلقي يستقبل تستقبل يقوم تقوم يعتزم تعتزم ينوي تنوي ' +
  'يعود تعود يتولى تتولى يواصل تواصل يقود تقود'
).split(' ');

export const NAME_STOP = new Set(
  (
    'في من الى إلى عن ان أن إن قال قالت أكد اكد وقال وأكد مع بعد قبل خلال التي الذي الذين هذا هذه ذلك تلك كان كانت ' +
    'أمس اليوم يوم لدى حول بين عبر ضد أمام منذ حيث كما أو ثم لم لن قد لا ما إنه أنه بأن هو هي شرق غرب شمال جنوب ' +
    'الإثنين الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد صحة بشأن لـ نفى أعلن أشار أوضح وأوضح وأشار مؤكدا ' +
    'إن وزير رئيس الرئيس جراء بسبب عقب أثناء إثر وسط داخل خارج تحت فوق عند ' +
    // pronouns, adverbs and the verbs news puts right after a name (بشار الأسد أصدر, أوغلو بوضوح)
    'وهو وهي هم وهم إنها أنها بوضوح بشدة مجددا أيضا ايضا فقط حاليا سابقا لاحقا رسميا شخصيا مؤخرا غدا صباح مساء ' +
    'أصدر اصدر أصدرت يقول تقول قالت أضاف أضافت أعلنت أكدت أشارت دعا دعت طالب زار التقى استقبل بحث شدد لفت أفاد ' +
    'أفادت ذكر ذكرت اعتبر رأى يرى يؤكد يعتبر وصل غادر توجه تسلم ترأس هاتف بعث أمر قرر وجه ' +
    // more verbs of motion and report that follow a name ("ساكن يدعى أبو بكر جاء إلى السوق")
    'جاء جاءت يدعى تدعى قام قامت تم عاد عادت بدأ بدأت كشف أعرب أبدى أوضحت نفت رفض رفضت أكدوا قالوا أمرت ' +
    // complementizers with a pronoun and predicates that follow a name ("عماد مغنية بأنها", "تصرف النائب دشتي مرفوض")
    'بأنه بأنها بأنهم لأنه لأنها وأنه وأنها مرفوض مرفوضة ' +
    // offices set after a name without the article ("عبدالعزيز جباري مستشار الرئيس اليمني")
    'مستشار مستشارة نائب سفير سفيرة عضو محافظ مبعوث ممثل مندوب مسؤول متحدث ناطق'
  )
    .split(' ')
    .concat(IMPERFECT_AFTER_NAME.flatMap((v) => [v, 'س' + v])),
);
