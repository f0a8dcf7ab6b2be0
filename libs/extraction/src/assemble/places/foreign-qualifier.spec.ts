// A quarter the next place puts in another country is that place's homonym: the qualifying city is the scene.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const placeOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).find((e) => e.type === 'ASSAULT')?.location;

describe('foreignQualifier', () => {
  it('reads a quarter qualified by a city of another country as that city', () => {
    expect(placeOf('دارت اشتباكات في حي الخالدية في حلب بين قوات النظام وفصائل المعارضة.')).toMatchObject({
      name: 'Aleppo',
      country: 'SY',
    });
    expect(placeOf('استهدفت الفصائل المقاتلة مواقع قوات النظام في محيط حي الخالدية بمدينة حمص.')?.country).toBe('SY');
  });

  it('keeps the first of two listed places', () => {
    expect(placeOf('دارت اشتباكات في الموصل وحلب بين القوات وتنظيم داعش.')?.country).toBe('IQ');
  });
});
