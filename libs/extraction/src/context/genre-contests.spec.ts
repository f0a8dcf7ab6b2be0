// Demands and accusations survive the genre filter in society, culture and service reports; in a sports report only
// when a holder of state power makes them.
import { RuleExtractor } from '../extractor/rule-extractor';
import { tokenize } from '../text/tokenize';
import { articleGenre } from './article-genre';
import { authorityActor, genreContest } from './genre-contests';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

const SCHOOL =
  'وتستعد المدارس لاستقبال الطلاب والطالبات مع بداية العام الدراسي، فيما تواصل الجامعة قبول الطلاب الجدد في الكلية. ';
const MATCH =
  'خاض المنتخب مباراة صعبة في البطولة، وسجل المهاجم هدفا في الشوط الثاني، وقال المدرب إن اللاعبين قدموا أداء جيدا في الملعب. ';

describe('genre contests', () => {
  it('keeps demands and accusations in society, culture and service reports, asks for authority in sports', () => {
    expect(genreContest('society', 'demand')).toBe('kept');
    expect(genreContest('culture', 'accuse')).toBe('kept');
    expect(genreContest('services', 'demand')).toBe('kept');
    expect(genreContest('sports', 'accuse')).toBe('authority');
    expect(genreContest('society', 'call')).toBeNull();
    expect(genreContest('opinion', 'demand')).toBeNull();
    expect(genreContest('markets', 'accuse')).toBeNull();
    expect(genreContest('sports', undefined)).toBeNull();
  });
  it('reads bodies of state power by kind or by the head of an unlisted name', () => {
    expect(authorityActor('government', 'الحكومة')).toBe(true);
    expect(authorityActor('other', 'النيابة العامة في البلاد')).toBe(true);
    expect(authorityActor('other', 'وزارة العدل')).toBe(true);
    expect(authorityActor('other', 'والسلطات القضائية')).toBe(true);
    // A country in a sports report is its team; a club management is no authority.
    expect(authorityActor('state', 'البرازيل')).toBe(false);
    expect(authorityActor('other', 'إدارة النادي')).toBe(false);
  });
  it("keeps a father's accusation against a university in a society report", () => {
    const text = SCHOOL + 'واتهم والد الطالبة إدارة الجامعة بتغيير رغبات ابنته في القبول.';
    expect(articleGenre(tokenize(text), text).genre).toBe('society');
    expect(types(text)).toContain('ACCUSE');
  });
  it("keeps dismissed teachers' demand to be reinstated in a society report", () => {
    const text = SCHOOL + 'وطالب المعلمون المفصولون بإعادتهم إلى العمل.';
    expect(articleGenre(tokenize(text), text).genre).toBe('society');
    expect(types(text)).toContain('REQUEST');
  });
  it("drops a coach's demand on his players in a sports report", () => {
    const text = MATCH + 'وطالب المدرب اللاعبين بمضاعفة الجهد في المباراة المقبلة.';
    expect(articleGenre(tokenize(text), text).genre).toBe('sports');
    expect(types(text)).not.toContain('REQUEST');
  });
  it("keeps prosecutors' charges against football officials in a sports report", () => {
    expect(types(MATCH + 'واتهمت النيابة العامة رئيس الاتحاد بالفساد في إدارة أموال البطولة.')).toContain('ACCUSE');
  });
});
