// Masked attackers ("ملثمون", "مهاجمون ملثمون") are the news' unnamed gunmen.
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-24T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

describe('masked gunmen', () => {
  it('names the masked men who carried out the attack a policeman died in', () => {
    expect(
      actorsOf('قتل شرطي تركي وأصيب آخر بجروح خطيرة في هجوم نفذه ملثمون في دياربكر كبرى مدن جنوب شرق تركيا.'),
    ).toEqual(['gunmen']);
  });
  it('names masked attackers who threw explosives', () => {
    expect(actorsOf('وألقى مهاجمون ملثمون متفجرات بدائية الصنع على ثكنات في بلدة الجزيرة.')).toEqual(['gunmen']);
  });
});
