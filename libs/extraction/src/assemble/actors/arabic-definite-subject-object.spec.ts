// A bare definite noun right after an Arabic verb ("ودعت هذه المنظمات", "وطالب المجلس") is its subject; a definite
// body's name after it is the object, not the VSO subject (arabic-verb-actor.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('an Arabic definite noun subject with no dictionary name', () => {
  it('leaves the body named after it as the object', () => {
    expect(actorsOf('ودعت هذه المنظمات البرلمان التونسي إلى تعديل القانون.', 'REQUEST')).not.toContain(
      'Tunisia government',
    );
    expect(actorsOf('وطالب المجلس الحكومة اليمنية بوقف التصعيد.', 'REQUEST')).not.toContain('Yemeni government');
  });
  it('keeps a person apposed to a title and a body with its adjective as the subject', () => {
    expect(actorsOf('ودعا الرئيس السيسي إلى الحوار.', 'REQUEST')).toContain('Abdel Fattah el-Sisi');
    expect(actorsOf('وطالبت الحكومة اليمنية الأمم المتحدة بالضغط على المتمردين.', 'REQUEST')).toContain(
      'Yemeni government',
    );
  });
});
