// Suffocation in a well is an accident; people choked by tear gas in a raid are still a raid's victims.
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' }).map((e) => e.type);

describe('suffocation accidents', () => {
  it('reads deaths by suffocation in a well as no attack', () => {
    expect(types('لقي شخصان مصرعهما إثر اختناقهما داخل بئر قرب محافظة ضباء.')).not.toContain('ASSAULT');
    expect(types('لقي شخصان حتفهما أمس، جراء تعرضهما للاختناق داخل بئر بمركز أشواق.')).not.toContain('ASSAULT');
  });
  it('keeps a killing whose clause tells of tear-gas choking', () => {
    expect(
      types('قتلت القوات الإسرائيلية فلسطينيا بالرصاص وأصيب العشرات بحالات اختناق بالغاز المسيل للدموع في الخليل.'),
    ).toContain('ASSAULT');
  });
});
