// A masdar owned by a statement noun ("في بيان استدعاء سفيرها") reports the speaker's own act.
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.actor?.name ?? null);

describe('masdar of a statement', () => {
  it('gives the speaker of "في بيان" the act the statement announces', () => {
    const body = 'وقالت البحرين في بيان استدعاء سفيرها من طهران إن التصريحات تعكس الموقف العدائي لإيران.';
    expect(actorsOf(body, 'SANCTION')).toEqual(['Bahrain']);
  });
});
