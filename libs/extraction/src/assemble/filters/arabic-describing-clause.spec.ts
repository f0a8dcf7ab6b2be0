// An imperfect call verb describing an indefinite thing after a preposition asks nothing of anyone; a statement that
// carries a call, a headline's subject and a pronoun subject still report one.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic describing clause', () => {
  it('reads a call verb on a governed indefinite noun as a description', () => {
    expect(types('وتقوم رؤية الجمعية على مبدأ إنساني واضح يدعو للتسامح والتعاون بين الناس.')).not.toContain('REQUEST');
    expect(types('وقد تغيرت عاداته بطريقة تدعوه إلى الاهتمام بصحته أكثر من قبل.')).not.toContain('REQUEST');
  });
  it('keeps a statement that carries a call', () => {
    expect(types('وأصدر الحزب المعارض في بيان يدعو فيه الحكومة إلى الإفراج عن المعتقلين.')).toContain('REQUEST');
  });
  it('keeps a headline subject and a pronoun subject', () => {
    expect(types('نائب يطالب بإقالة وزير الداخلية بعد الهجوم')).toContain('REQUEST');
    expect(types('وأضاف الوزير في كلمته أن الرئيس وهو يدعو الأطراف إلى الحوار يريد حلا سياسيا.')).toContain('REQUEST');
  });
});
