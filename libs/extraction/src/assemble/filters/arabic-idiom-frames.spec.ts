// Arabic idioms whose statement word names no statement: a threat something constitutes, a call answered or of
// duty, a welcome that greets guests; and the real threats, appeals and welcomes they must let through.
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic idiom frames', () => {
  it('reads a threat that something constitutes as a judgement, not a threat', () => {
    expect(types('وقال الوزير إن البرنامج النووي يشكل تهديدا خطيرا للمنطقة.')).not.toContain('THREATEN');
    expect(types('وأكد أن هذه الجماعات تمثل بالفعل تهديدا لأمن الخليج.')).not.toContain('THREATEN');
  });
  it('keeps a threat made', () => {
    expect(types('وجه زعيم الجماعة تهديدا مباشرا للحكومة بشن هجمات جديدة.')).toContain('THREATEN');
  });
  it('reads an answered call or a call of duty as no appeal', () => {
    expect(types('وأشاد بالدول التي لبت النداء لنصرة الشعب اليمني.')).not.toContain('REQUEST');
    expect(types('وقال إن الأطباء في المستشفى يلبون نداء الواجب في كل وقت.')).not.toContain('REQUEST');
  });
  it('keeps an appeal made', () => {
    expect(types('ووجهت الأمم المتحدة نداء عاجلا لجمع التبرعات للنازحين.')).toContain('REQUEST');
  });
  it('reads a welcome of the guests of a ceremony as a greeting', () => {
    expect(types('ورحب أمير المنطقة سعود بن نايف بكافة الحضور في افتتاح المعرض.')).not.toContain('SUPPORT');
    expect(types('ورحب رئيس الجامعة بالضيوف المشاركين في المؤتمر.')).not.toContain('SUPPORT');
  });
  it('keeps a welcome of a decision', () => {
    expect(types('ورحبت الحكومة اليمنية بقرار مجلس الأمن الدولي.')).toContain('SUPPORT');
  });
});
