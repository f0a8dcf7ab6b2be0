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
});
