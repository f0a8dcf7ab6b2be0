// Prayers written with the verb of calling (دعا) and the political calls in the same shape that must stay.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic prayer calls', () => {
  it('reads a prayer of mercy for the dead, past an honorific, as no demand', () => {
    expect(types('وأشاد الأمير بتضحيات رجال الأمن، داعياً سموه للذين استشهدوا بالرحمة والمغفرة.')).not.toContain(
      'REQUEST',
    );
    expect(types('وحضر الجنازة جمع من الأهالي داعين للفقيد بالرحمة ولأسرته بالصبر والسلوان.')).not.toContain('REQUEST');
  });
  it('reads asking God to heal or receive someone as a prayer', () => {
    expect(types('وزار المحافظ الجرحى في المستشفى ودعا سموه أن يشفي المصابين عاجلا.')).not.toContain('REQUEST');
  });
  it('keeps a political call, even with a blessing in the next sentence', () => {
    expect(types('ودعا الرئيس الأطراف اليمنية إلى العودة للحوار فورا.')).toContain('REQUEST');
    expect(types('ودعا الوزير الحكومة إلى حماية المدنيين. وترحم على الضحايا داعين لهم بالرحمة.')).toContain('REQUEST');
  });
});
