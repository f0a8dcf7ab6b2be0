// Arrests that each name their own town in their own sentence are two arrests, even when the towns are neighbours;
// an arrest retold at the same town stays one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const arrestsAt = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'COERCE' && e.mode === 'arrest')
    .map((e) => e.location?.name ?? null);

describe('arrests at neighbouring towns', () => {
  it('keeps two arrests told in two sentences at two nearby towns apart', () => {
    const places = arrestsAt(
      'اعتقلت قوات الاحتلال ثلاثة شبان من بلدة بني نعيم بعد مداهمة منازلهم. كما اعتقلت قوات الاحتلال فتى في مدينة الخليل مساء أمس.',
    );
    expect(places).toHaveLength(2);
  });
  it('keeps one arrest retold at the same town as one', () => {
    const places = arrestsAt(
      'اعتقلت قوات الاحتلال ثلاثة شبان من بلدة بني نعيم فجر اليوم. وأوضحت المصادر أن قوات الاحتلال اعتقلت الشبان الثلاثة في بلدة بني نعيم بعد مداهمة منازلهم.',
    );
    expect(places).toHaveLength(1);
  });
});
