// A first-person verb opening a quotation is the act of the one quoted (arabic-quoted-first-person.ts): "قال سانتوس:
// «أمرت بوقف الغارات»" is Santos halting the raids, though a halt is no statement.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-27T10:00:00Z');

describe('Arabic first-person verbs opening a quotation', () => {
  it('gives the act to the speaker of the quotation', () => {
    const body =
      'وقال الرئيس الكولومبي خوان مانويل سانتوس، خلال احتفال عسكري في كارتاهينا: «أمرت بوقف الغارات الجوية على المعسكرات».';
    expect(actorsOf(body, 'RETREAT').join('|')).toMatch(/Santos|سانتوس/);
  });

  it('leaves a third-person subject inside the quotation alone', () => {
    const body = 'وقال الرئيس الكولومبي خوان مانويل سانتوس: «أوقفت القوات الجوية الغارات على المعسكرات».';
    expect(actorsOf(body, 'RETREAT').join('|')).not.toMatch(/Santos|سانتوس/);
  });
});
