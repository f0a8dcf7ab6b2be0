// Complaining of a party's conduct is an accusation; complaining of a lost bag or an illness is not
// (complaints.patterns.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const typesOf = (body: string) =>
  rules.extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-25T08:00:00Z' }).map((e) => e.type);

describe('Arabic complaints of a party’s conduct', () => {
  it('reads a delegation complaining to envoys of sectarian practices as an accusation', () => {
    expect(
      typesOf('واشتكى الوفد للسفير الأمريكي وممثل الاتحاد الأوروبي من الممارسات الطائفية التي تمارسها الحكومة.'),
    ).toContain('ACCUSE');
  });
  it('reads "شكت من أن" as a grievance put against others', () => {
    expect(typesOf('وقد شكت الحكومة من أن باقي الدول لم تسهم إلا بمبالغ زهيدة.')).toContain('ACCUSE');
  });
  it('leaves a passenger complaining of a lost bag and a man suffering from an illness alone', () => {
    expect(typesOf('اشتكى مواطن مسافر من عدم وصول حقيبته منذ أكثر من شهر.')).not.toContain('ACCUSE');
    expect(typesOf('وكان الشاب يشكو من مرض نفسي منذ سنوات.')).not.toContain('ACCUSE');
  });
});
