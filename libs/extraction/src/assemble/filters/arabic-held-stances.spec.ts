// Arabic statements held over time ("ما زال يتهم", "لا تزال ترفض"), the second verb of a describing relative clause
// and a call told inside a relative clause on the letter or terms that carried it.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const ofType = (body: string, type: string) =>
  rules.extract({ id: 't', body, language: 'ar' }).filter((e) => e.type === type);

describe('Arabic held stances', () => {
  it('reads a statement verb after "still" as a position held', () => {
    expect(ofType('ولا تزال الحكومة ترفض الاعتراف بنتائج الانتخابات.', 'REJECT')).toHaveLength(0);
    expect(ofType('يذكر أن القائد ما زال يتهم بتسهيل دخول المسلحين إلى المدينة.', 'ACCUSE')).toHaveLength(0);
  });
  it('reads a statement verb after ظل (kept) as a position held', () => {
    expect(
      ofType('وأعلنت أنقرة أمس عزمها إقامة منطقة عازلة، وهي الفكرة التي ظلت واشنطن ترفضها.', 'REJECT'),
    ).toHaveLength(0);
  });
  it('keeps a refusal made now', () => {
    expect(ofType('ورفضت الحكومة أمس الاعتراف بنتائج الانتخابات.', 'REJECT').length).toBeGreaterThan(0);
  });
  it('reads the second verb of a relative clause describing a charter as no refusal', () => {
    const body =
      'وانتقد البيان التصريحات دون التزام بالقوانين الدولية وميثاق الأمم المتحدة والتي تمنع وترفض كل صور التدخل.';
    expect(ofType(body, 'REJECT')).toHaveLength(0);
  });
  it('keeps two joined verbs of a subject reported now', () => {
    expect(ofType('وقال الوزير إن بلاده تدين وترفض التدخل في شؤونها.', 'REJECT').length).toBeGreaterThan(0);
  });
  it('reads a refusal kept "so far" as a position held', () => {
    expect(ofType('ورفضت الحكومة حتى الآن الاعتراف بنتائج الانتخابات.', 'REJECT')).toHaveLength(0);
    expect(ofType('وكان الرئيس الذي رفض حتى اللحظة تأييد الخطة قد شكر الوفد.', 'REJECT')).toHaveLength(0);
  });
  it('reads a call told in a relative clause on the letter or terms that carried it as no call made now', () => {
    const letter =
      'وجاء التدخل استجابة لرسالة الرئيس اليمني عبد ربه منصور هادي، الذي طالب فيها الأشقاء إنقاذ بلاده من المتمردين.';
    expect(ofType(letter, 'REQUEST')).toHaveLength(0);
    const terms = 'وأعلن رئيس الوزراء تنظيم استفتاء على إجراءات التقشف التي طالبت بها الجهات الدائنة.';
    expect(ofType(terms, 'REQUEST')).toHaveLength(0);
  });
  it('keeps a call a statement carries, told without a relative pronoun', () => {
    expect(ofType('وأصدر الحزب بيانا طالب فيه الحكومة بالاستقالة.', 'REQUEST').length).toBeGreaterThan(0);
  });
});
