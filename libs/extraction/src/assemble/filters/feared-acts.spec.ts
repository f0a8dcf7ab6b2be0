// Arabic acts named only as what is feared ("مخاوف من أن", "يتخوف … أن"; background-cues.ts fearedClause), through
// the whole extractor: a feared attack is no event, a statement made in that clause still is, and a fear word
// without أن frames nothing.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('feared acts', () => {
  it('reads airstrikes feared after "مخاوف من أن" as no attack', () => {
    expect(
      typesOf('وقالت المصادر إن لدى القادة مخاوف متزايدة من أن تشهد العاصمة عمليات كبيرة إلى جانب غارات جوية.'),
    ).not.toContain('ASSAULT');
  });
  it('keeps an attack beside a fear word without أن', () => {
    expect(typesOf('وأبدى السكان مخاوفهم بعد أن قصفت الطائرات المدينة أمس وقتلت خمسة أشخاص.')).toContain('ASSAULT');
  });
});
