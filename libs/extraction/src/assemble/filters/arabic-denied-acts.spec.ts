// An Arabic act in the "أن يكون / أن تكون" complement of a denial is no event (arabic-denied-acts.ts); the denial stays
// a REJECT event, and the same act stated as confirmed is still one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const all = new RuleExtractor({ minConfidence: 0 });

const types = (body: string): string[] => all.explain({ id: 't', body, language: 'ar' }).map((e) => e.event.type);

describe('Arabic acts a speaker denies', () => {
  it('keeps the denial and adds no arrest: "نفت الوزارة أن تكون قوات الأمن قد اعتقلت"', () => {
    const found = types('نفت وزارة الداخلية أن تكون قوات الأمن قد اعتقلت متظاهرين في صنعاء.');
    expect(found).toContain('REJECT');
    expect(found).not.toContain('COERCE');
  });

  it('adds no withdrawal: "نفى المتحدث أن تكون القوات قد انسحبت"', () => {
    const found = types('نفى المتحدث باسم الجيش أن تكون القوات قد انسحبت من مدينة عدن.');
    expect(found).toContain('REJECT');
    expect(found).not.toContain('RETREAT');
  });

  it('keeps the arrest the ministry confirms', () => {
    expect(types('أكدت وزارة الداخلية أن قوات الأمن اعتقلت متظاهرين في صنعاء.')).toContain('COERCE');
  });
});
