// Appeals to everyone or a whole population, experts' recommendations and health-day messages, and the political
// calls in the same shapes that must stay demands.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic public appeals', () => {
  it('reads an official urging everyone or a whole population as an exhortation', () => {
    expect(types('مطالبا جميع اليمنيين الذين لم يصححوا أوضاعهم بسرعة إنهاء إجراءات التصحيح.')).not.toContain('REQUEST');
    expect(types('وطالب الغانم «الجميع بالتمسك بالوحدة الوطنية وعدم الانجرار خلف أي تصرفات شخصية».')).not.toContain(
      'REQUEST',
    );
    expect(types('لذلك أدعو كل الصحفيين إلى مراقبة ضمائرهم قبل فبركة أي أخبار.')).not.toContain('REQUEST');
  });
  it('keeps a minister warning or calling on all parties or a government', () => {
    expect(types('وحذر وزير الخارجية الحوثيين من مواصلة الهجوم على عدن.')).toContain('THREATEN');
    expect(types('ودعا المبعوث الأممي جميع الأطراف اليمنية إلى احترام الهدنة الإنسانية.')).toContain('REQUEST');
    expect(types('وطالب الوزير الحكومة الإسرائيلية بوقف عمليات الهدم في الضفة الغربية.')).toContain('REQUEST');
  });
  it("reads experts' recommendations as no demand", () => {
    expect(types('دعا عدد من المختصين إلى أهمية احتواء الشباب حتى لا يقعوا فريسة للتنظيمات الإرهابية.')).not.toContain(
      'REQUEST',
    );
    expect(types('وطالب خبراء اقتصاديون بخفض أسعار الفائدة لتحفيز النمو.')).not.toContain('REQUEST');
    expect(types('حذر عدد من خبراء الصحة من أن السباحة في المسابح قد تسبب أمراض الربو.')).not.toContain('THREATEN');
  });
  it('reads a health-day message as awareness, not a demand', () => {
    expect(
      types('وطالبت المنظمة في بيان لها بمناسبة اليوم العالمي لمكافحة التهاب الكبد بتوسيع حملات التطعيم.'),
    ).not.toContain('REQUEST');
    expect(
      types(
        'أصدرت منظمة الصحة العالمية بيانا بمناسبة اليوم العالمي لمكافحة التهاب الكبد. وشددت المنظمة على ضرورة تنفيذ جميع مقاييس الوقاية.',
      ),
    ).not.toContain('REQUEST');
  });
  it('keeps a call in an article about no observance day', () => {
    expect(types('وشددت المنظمة على ضرورة وقف الهجمات على المستشفيات في اليمن.')).toContain('REQUEST');
  });
  // The health day is looked up once per article: every call of its article is the day's message, and the next
  // article, which names no day, keeps its calls.
  it('reads every call of a health-day article as its message, and only in that article', () => {
    const day =
      'بمناسبة اليوم العالمي لمكافحة التهاب الكبد، طالبت المنظمة بتوسيع حملات التطعيم. ودعت الوزارة إلى الفحص المبكر.';
    expect(types(day)).not.toContain('REQUEST');
    expect(types('ودعت الوزارة المجتمع الدولي إلى وقف الهجمات على المستشفيات في اليمن.')).toContain('REQUEST');
    expect(types(day)).not.toContain('REQUEST');
  });
});
