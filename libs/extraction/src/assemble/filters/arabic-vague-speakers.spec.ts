// Statements whose speaker is a commentator (an expert, analyst, researcher or writer) give an opinion.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic commentator speakers', () => {
  it('reads a warning or a call by an expert or analyst as an opinion', () => {
    expect(typesOf('وحذر الخبير في الشؤون الأمنية من أن الزيارة قد تكون هدفا للمتطرفين.')).not.toContain('THREATEN');
    expect(typesOf('ويطالب محللون الحكومة بمراجعة سياستها الاقتصادية.')).not.toContain('REQUEST');
  });
  it('keeps a call by an official', () => {
    expect(typesOf('وطالب الوزير الحكومة بمراجعة سياستها الاقتصادية.')).toContain('REQUEST');
  });
});
