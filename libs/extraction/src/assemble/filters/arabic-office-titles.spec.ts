import { RuleExtractor } from '../../extractor/rule-extractor';

// The confidence threshold off: these cases test the filter's reading, not the model's score.
const extractor = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  extractor.extract({ id: 't', body, language: 'ar', publishedAt: '2015-08-02T08:00:00Z' }).map((e) => e.type);

describe('the investigating judge is an office, not an inquiry', () => {
  it('drops "قاضي التحقيق في" and "قضاة التحقيق في"', () => {
    expect(types('وقال الوزير إن القرار يعود إلى قاضي التحقيق في هذا الملف.')).not.toContain('ACCUSE');
    expect(types('وقال الوزير إن الملف أحيل إلى قضاة التحقيق في القضية.')).not.toContain('ACCUSE');
  });

  it('keeps a judge who opens the inquiry', () => {
    expect(types('وبدأ القاضي التحقيق في الحادث.')).toContain('ACCUSE');
  });
});

// Every candidate, held back or not: the office drops the trigger itself.
const candidates = new RuleExtractor({ minConfidence: 0 });
const allTypes = (body: string) => candidates.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('a negotiations director or department is an office, not talks', () => {
  it('drops "مدير المفاوضات" and "دائرة شؤون المفاوضات"', () => {
    expect(
      allTypes('وشدد البروفسور إيفان شيهان، مدير المفاوضات وإدارة الأزمات في جامعة بالتيمور، على دور الكونغرس.'),
    ).not.toContain('CONSULT');
    expect(
      allTypes('وأوضح التقرير الذي قدمته دائرة شؤون المفاوضات في منظمة التحرير أن الاعتداءات تتصاعد.'),
    ).not.toContain('CONSULT');
  });

  it('keeps negotiations held', () => {
    expect(allTypes('وانطلقت المفاوضات بين الوفدين في القاهرة أمس.')).toContain('CONSULT');
  });
});
