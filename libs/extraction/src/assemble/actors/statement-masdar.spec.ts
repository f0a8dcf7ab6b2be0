// A masdar owned by a statement noun ("في بيان استدعاء سفيرها") reports the speaker's own act.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('masdar of a statement', () => {
  it('gives the speaker of "في بيان" the act the statement announces', () => {
    const body = 'وقالت البحرين في بيان استدعاء سفيرها من طهران إن التصريحات تعكس الموقف العدائي لإيران.';
    expect(actorsOf(body, 'SANCTION')).toEqual(['Bahrain']);
  });
});
