// Arabic statements held over time ("ما زال يتهم", "لا تزال ترفض") and the second verb of a describing relative clause.
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
});
