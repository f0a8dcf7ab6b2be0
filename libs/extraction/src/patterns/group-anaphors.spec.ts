// A relative clause about "التنظيم" / "الجماعة" (a group named before) with a past verb reports its act; a present
// verb only describes the group (group-anaphors.ts, background-cues.ts).
import { RuleExtractor } from '../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2020-03-10' }).map((e) => e.type);

describe('group anaphors before a relative verb', () => {
  it('keeps a past act of "التنظيم الذي"', () => {
    expect(types('وأثار ذلك غضبا في صفوف التنظيم الذي فرض حظرا للتجوال في مدينة الرقة.')).toContain('COERCE');
  });

  it('keeps a past act of "الجماعة التي"', () => {
    expect(types('وتراجعت قوة الجماعة التي فرضت حظرا للتجوال في مدينة الرقة.')).toContain('COERCE');
  });

  it('leaves a present description in the background', () => {
    expect(types('وأثار ذلك غضبا في صفوف التنظيم الذي يفرض حظرا للتجوال في مدينة الرقة.')).not.toContain('COERCE');
  });
});
