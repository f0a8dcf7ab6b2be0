// A quiet Arabic column (opinion-cues.ts): long, hardly attributing or counting anything, naming at most two news days,
// is opinion even without "I" or question marks; the same text with a spokesman and figures in every paragraph is news.
import { tokenize } from '../text/tokenize';
import { articleGenre } from './article-genre';

const genreOf = (text: string) => articleGenre(tokenize(text), text).genre;

const PARAGRAPHS = [
  'لم تعد المنطقة العربية كما كانت قبل سنوات الربيع، فقد تغيرت التحالفات وتبدلت الأولويات، وصار الخوف من الفوضى ' +
    'أكبر من الرغبة في الإصلاح، وأصبحت الشعوب تبحث عن الأمن قبل أن تبحث عن الحرية.',
  'والتنظيمات المتطرفة استغلت هذا الفراغ أسوأ استغلال، فتمددت في المدن المنهكة وجندت الشباب الغاضب، وقدمت لهم ' +
    'وعودا كاذبة بدولة عادلة لا وجود لها إلا في خيال من يروجون لها عبر الشبكات.',
  'ولا يمكن مواجهة هذا الخطر بالسلاح وحده، فالفكر المنحرف لا يهزم إلا بفكر أقوى منه، والتعليم الجيد والإعلام ' +
    'الواعي والمؤسسات الدينية المعتدلة هي خط الدفاع الأول عن المجتمعات قبل الجيوش.',
  'كما أن الحكومات مطالبة بأن تفتح أبواب المشاركة أمام مواطنيها، وأن تحارب الفساد الذي يدفع الناس إلى اليأس، ' +
    'فالدولة التي تحترم كرامة أبنائها لا يجد المتطرفون فيها أرضا خصبة لأفكارهم.',
];

describe('quiet columns', () => {
  it('reads a long argued column that attributes and counts nothing as opinion', () => {
    // One passing "أمس" keeps it from being an undated essay.
    const aside = 'وما جرى أمس في أكثر من عاصمة عربية يؤكد أن الطريق ما زال طويلا.';
    const column = [...PARAGRAPHS, ...PARAGRAPHS, aside, ...PARAGRAPHS].join('\n');
    expect(genreOf(column)).toBe('opinion');
  });
  it('keeps a report that quotes a spokesman and gives figures', () => {
    const report = PARAGRAPHS.map(
      (p, i) => `وقال المتحدث باسم الوزارة في بيان أمس إن ${i + 12} شخصا قتلوا و${i + 30} أصيبوا في 3 هجمات. ${p}`,
    );
    expect(genreOf([...report, ...report, ...report].join('\n'))).toBe('news');
  });
  it('keeps a roundup of fighting that attributes once and names no day', () => {
    // Like a column by its cues (one attribution, no day, few figures), but a string of clashes, raids and shelling.
    const roundup = [
      'اشتباكات عنيفة دارت بين الجيش والمسلحين في محيط البلدة، وسط قصف مدفعي على أطرافها الشرقية ' +
        'وأنباء عن خسائر بشرية في صفوف الطرفين، بينما نفذ الطيران غارات على القرى المجاورة.',
      'كما سقطت قذائف على الأحياء الغربية للمدينة، وتواصل القصف على الطريق الرئيسي، واستهدف المسلحون حاجزا ' +
        'للجيش قرب الجسر، وسمع دوي انفجار في السوق القديمة دون معلومات عن جرحى أو قتلى.',
    ];
    const text = ['أعلن المرصد ما يلي.', ...roundup, ...roundup, ...roundup, ...roundup, ...roundup, ...roundup].join(
      '\n',
    );
    expect(genreOf(text)).toBe('news');
    // The same cues without the fighting words: a column.
    const calm = text.replace(
      /اشتباكات|قصف|القصف|غارات|قذائف|انفجار|جرحى|قتلى|استهدف|الطيران|المسلحين|المسلحون/g,
      'الأمور',
    );
    expect(genreOf(calm)).toBe('opinion');
  });
});
