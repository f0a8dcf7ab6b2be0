// The antecedent of a relative verb is its subject, even after a preposition; the names after the verb are objects.
import { RuleExtractor } from '../../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-23T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

const sidesOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-23T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => [e.actor?.name ?? null, e.target?.name ?? null]);

describe('relativeClauseSubject', () => {
  it('leaves the state that leads the coalition out of its strikes', () => {
    expect(
      sidesOf('كثفت طائرات التحالف العربي الذي تقوده المملكة غاراتها أمس على مواقع المتمردين الحوثيين في صعدة.'),
    ).toEqual([['Saudi-led coalition', 'Houthis']]);
    const [[, target]] = sidesOf('بينما قصف طيران التحالف الذي تقوده السعودية اليوم الخميس مواقع للحوثيين في مأرب.');
    expect(target).not.toBe('Saudi Arabia');
  });
});

describe('relativeAntecedent', () => {
  it('gives the air strikes to the coalition praised before "الذي شن"', () => {
    expect(actorsOf('وأشاد بالتحالف العربي الذي شن غارات على مواقع الحوثيين.', 'ASSAULT')).toEqual([
      'Saudi-led coalition',
    ]);
  });
  it('gives the meeting to the speaker before "الذي التقى", not to the one he met', () => {
    expect(
      actorsOf(
        'وقال رينزي، الذي التقى الرئيس الفلسطيني محمود عباس في الضفة الغربية مساء الثلاثاء: «أتفهم مخاوفكم».',
        'CONSULT',
      ),
    ).toEqual(['Matteo Renzi']);
  });
  it('gives the demand of an unnamed official to his body, not to the name after the verb', () => {
    expect(
      actorsOf('وقال مسؤول في الحكومة اليمنية الذي طالب بوقف القتال إن الحوثيين قصفوا المدينة.', 'REQUEST'),
    ).toEqual(['Yemeni government']);
  });
});
