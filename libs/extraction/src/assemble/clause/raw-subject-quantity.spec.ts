// A quantity of the subject after an Arabic verb ("طالب عدد من النواب", "عدد كبير من") is not its head: the subject is
// the noun after the quantifier (raw-subject.ts, afterQuantifier).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-22T10:00:00Z');

describe('Arabic text subjects after a quantifier', () => {
  it.each(['طالب عدد من النواب الحكومة بالاستقالة.', 'طالب عدد كبير من النواب الحكومة بالاستقالة.'])(
    'reads the deputies as the subject of %s',
    (body) => {
      expect(actorsOf(body, 'REQUEST')).toContain('النواب');
    },
  );
  it('still reads a subject without a quantifier', () => {
    expect(actorsOf('طالب النواب الحكومة بالاستقالة.', 'REQUEST')).toContain('النواب');
  });
});
