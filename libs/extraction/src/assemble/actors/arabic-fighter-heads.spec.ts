// A group named behind a noun of its fighters ("مسلحو الحوثي") after an agent marker is the doer, not the target.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const assault = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .find((e) => e.type === 'ASSAULT');

describe('Arabic fighter heads before a group', () => {
  it('reaches the group past its fighters after من قبل and من جانب', () => {
    const byQibal = assault('وقتل ثلاثة جنود في هجوم من قبل مسلحي الحوثي في مدينة تعز أمس.');
    expect([byQibal?.actor?.name, byQibal?.target?.name ?? null]).toEqual(['Houthis', null]);
    const byJanib = assault('وقال مصدر إن جنودا تعرضوا لهجوم من جانب مسلحي الحوثي في مدينة تعز أمس.');
    expect([byJanib?.actor?.name, byJanib?.target?.name ?? null]).toEqual(['Houthis', null]);
  });
  it('reaches the group past its fighters after a relative verb of carrying out', () => {
    expect(assault('وأصيب خمسة جنود في هجوم شنه مسلحو الحوثي على مدينة تعز أمس.')?.actor?.name).toBe('Houthis');
    expect(assault('وقتل جندي في هجوم نفذه مقاتلو داعش على مدينة الرمادي أمس.')?.actor?.name).toBe('Islamic State');
  });
});
