// A statement word right before a noun makes the noun its topic ("طالب بالإفراج"), unless an occasion word stands
// between them: "دعا خلال لقائه المبعوث" reports the meeting during which the call was made.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-26' }).map((e) => e.type);

describe('Arabic statement topics and occasions', () => {
  it('keeps a meeting during which a call was made', () => {
    expect(
      types(
        'وطالب الرئيس اليمني عبدربه منصور هادي الحوثيين باحترام الهدنة، ودعا خلال لقائه اليوم (الأحد) مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، في الرياض، إلى الضغط على الحوثيين.',
      ),
    ).toEqual(expect.arrayContaining(['REQUEST', 'CONSULT']));
    expect(types('وأشاد الوزير أثناء اجتماعه مع السفير الأمريكي في الرياض أمس بدعم واشنطن للشرعية.')).toContain(
      'CONSULT',
    );
  });
  it('reads من خلال as a means, not an occasion', () => {
    expect(types('وطالب المدير من خلال زيارة الموقع الإلكتروني بتحديث البيانات.')).not.toContain('CONSULT');
  });
  it('still reads a noun right after an accusation as its topic', () => {
    expect(types('وتتهم المعارضة إردوغان بإعاقة مفاوضات تشكيل الحكومة الائتلافية.')).not.toContain('CONSULT');
  });
});
