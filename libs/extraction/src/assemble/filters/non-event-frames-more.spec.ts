// The Arabic future verb, the "ما يدعو إلى" prompt and "بعد عام على" spans (non-event-frames.ts), through the whole extractor with short
// made-up sentences, each with a control sentence that still yields the event.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-20T08:00:00Z' }).map((e) => e.type);

describe('Arabic future verbs', () => {
  it('reads a meeting announced with the prefix سـ as a plan', () => {
    expect(typesOf('وسيستقبل الرئيس الفرنسي نظيره المصري في باريس الأسبوع المقبل.')).not.toContain('CONSULT');
    expect(typesOf('واستقبل الرئيس الفرنسي نظيره المصري في باريس أمس.')).toContain('CONSULT');
  });
  it('reads سوف before the verb as a plan', () => {
    expect(typesOf('وسوف يلتقي وزير الخارجية نظيره الروسي في موسكو.')).not.toContain('CONSULT');
    expect(typesOf('والتقى وزير الخارجية نظيره الروسي في موسكو.')).toContain('CONSULT');
  });
  it('leaves verbs whose root begins with س and future threats alone', () => {
    expect(typesOf('وسيطر المسلحون على البلدة بعد معارك عنيفة.')).toContain('COERCE');
    expect(typesOf('وقال التنظيم إنه سيواصل استهداف الجنود وهدد بتوسيع هجماته.')).toContain('THREATEN');
  });
});

describe('Arabic prompts', () => {
  it('reads "ما يدعو إلى" as giving cause, not a call', () => {
    expect(typesOf('وقال المسؤول إن الوضع مستقر وليس هناك ما يدعو إلى القلق.')).not.toContain('REQUEST');
    expect(typesOf('ودعا المسؤول الأطراف إلى وقف القتال.')).toContain('REQUEST');
  });
});

describe('Arabic spans counted from an earlier happening', () => {
  it('reads "بعد ثلاث سنوات تقريبا على" as dating from a past attack', () => {
    expect(typesOf('وزار الوزير المدينة بعد ثلاث سنوات تقريبا على التفجير الذي شهدته سوقها.')).not.toContain('ASSAULT');
    expect(typesOf('وقتل خمسة أشخاص في تفجير استهدف السوق القديم أمس.')).toContain('ASSAULT');
  });
  it('reads "بعد عام على" like "بعد عام من"', () => {
    expect(typesOf('وجاءت الزيارة بعد عام على اختطاف الصحفيين في المدينة.')).not.toContain('ASSAULT');
  });
});
