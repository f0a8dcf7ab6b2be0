// Attacks someone fears may come are no reported attack; attacks carried out stay.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-24T10:00:00Z' }).map((e) => e.type);

describe('Arabic feared acts', () => {
  it('reads attacks feared to come as no attack', () => {
    expect(types('وتعيش العاصمة صنعاء على وقع مخاوف من مزيد من هجمات مقاومة آزال.')).not.toContain('ASSAULT');
    expect(types('وأغلقت المحال في صنعاء أبوابها خشية من هجمات مقاومة آزال.')).not.toContain('ASSAULT');
  });
  it('keeps attacks carried out', () => {
    expect(types('ونفذت مقاومة آزال مزيدا من الهجمات على الحوثيين في صنعاء أمس.')).toContain('ASSAULT');
  });
});
