// Iraq's Sunni tribes fight the Islamic State as a side of their own: "انتفض أبناء العشائر ... واغتالوا",
// "العشائر هاجمت منزل والي داعش".
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const actorsOf = (body: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.actor?.name ?? null);

describe('tribes as an actor', () => {
  it('names the tribes that rose against the Islamic State', () => {
    expect(actorsOf('انتفض أبناء العشائر في مدن كبيسة وهيت والقائم ضد التنظيم واغتالوا عددا من عناصره.')).toContain(
      'tribes',
    );
  });
  it('names the tribes that stormed a house', () => {
    expect(actorsOf('وقال الشيخ إن العشائر هاجمت منزل والي داعش في كبيسة، ما أدى إلى مقتله.')).toEqual(['tribes']);
  });
});
