// The Arabic withdrawal verb in its sense of "applies to" (ينسحب هذا على …) is no withdrawal; one from or to a place,
// or "despite", still is (arabic-idiom-frames.ts appliesTo).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic withdrawal that applies to something', () => {
  it.each([
    'وانسحب هذا المشهد على ريف إدلب، حيث نفذ الطيران الحربي غارات عدة.',
    'وقال إن ذلك ينسحب على بقية القطاعات في البلاد.',
  ])('reads %s as no withdrawal', (text) => {
    expect(types(text)).not.toContain('RETREAT');
  });

  it.each([
    'انسحبت القوات العراقية من الموصل على مدى ثلاثة أيام.',
    'انسحب مسلحو داعش من مدينة تدمر.',
    'انسحبت القوات على الرغم من الغارات إلى أطراف المدينة.',
  ])('keeps %s a withdrawal', (text) => {
    expect(types(text)).toContain('RETREAT');
  });
});
