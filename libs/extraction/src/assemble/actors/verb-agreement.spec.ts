// A masculine past verb before a plural in -ات has another subject: "وطالب قوات التحالف" addresses the coalition.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-27T10:00:00Z');

describe('Arabic verb agreement with a plural in -ات after the verb', () => {
  it('reads the plural after a masculine verb as the object; the sentence subject demands', () => {
    const body = 'وأكد الرئيس هادي أن الحكومة ماضية في تحرير عدن، وطالب قوات التحالف بالاستمرار في دعم المقاومة.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Abd Rabbuh Mansur Hadi']);
  });

  it('keeps the plural as subject of a feminine verb', () => {
    const body = 'وطالبت قوات التحالف الحوثيين بالانسحاب من عدن.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Saudi-led coalition']);
  });
});
