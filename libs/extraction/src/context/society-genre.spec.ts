// Society reports (schools, hospitals, research, festivities) lose their calls, praise and meetings, but keep a
// demand made of a minister and a minister's denial (and any demand or accusation: genre-contests.spec.ts).
import { RuleExtractor } from '../extractor/rule-extractor';
import { tokenize } from '../text/tokenize';
import { articleGenre, genreExcludes } from './article-genre';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

const SCHOOL =
  'وتستعد المدارس لاستقبال الطلاب والطالبات مع بداية العام الدراسي، فيما تواصل الجامعة قبول الطلاب الجدد في الكلية. ';

describe('society genre', () => {
  it('reads a school and hospital report as society and drops its calls', () => {
    const text = SCHOOL + 'ودعا الباحث سلطان المطيري إلى الاستفادة من التطبيقات الصحية.';
    const g = articleGenre(tokenize(text), text);
    expect(g.genre).toBe('society');
    expect(genreExcludes(g.genre, g.security, 'REQUEST')).toBe(true);
    expect(genreExcludes(g.genre, g.security, 'PROTEST')).toBe(false);
    expect(types(text)).not.toContain('REQUEST');
  });
  it('keeps a demand made of a minister', () => {
    expect(types(SCHOOL + 'وطالب أعضاء هيئة التدريس وزير التعليم بالتدخل العاجل لإنهاء تأجيل الاختبارات.')).toContain(
      'REQUEST',
    );
  });
  it('keeps a denial made by a minister', () => {
    expect(types(SCHOOL + 'ونفى عزام الدخيل وزير التعليم ما يتم تداوله بشأن تأجيل الدراسة.')).toContain('REJECT');
  });
  it('keeps war news that mentions a hospital', () => {
    const text = 'قصفت قوات الجيش مواقع المسلحين قرب المستشفى، وأسفرت الاشتباكات عن قتلى وجرحى بين المرضى والأطباء.';
    expect(articleGenre(tokenize(text), text).genre).toBe('news');
  });
});
