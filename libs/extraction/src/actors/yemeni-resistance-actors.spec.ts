// Yemeni resistance groups named for themselves: the self-given name is the actor, not the legitimacy they back.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

describe('Yemeni resistance actors', () => {
  it('reads «مقاومة آزال» as Azal Resistance, not the government it is loyal to', () => {
    const actors = actorsOf(
      'في هذه الأثناء، تبنت القوات الشعبية الموالية للشرعية التي تطلق على نفسها تسمية «مقاومة آزال»، سلسلة من ' +
        'العمليات العسكرية التي استهدفت الحوثيين وقوات صالح في صنعاء وذمار.',
    );
    expect(actors).toContain('Azal Resistance');
    expect(actors).not.toContain('Yemeni government');
  });
});
