// A noun of protesters names the protest's actor without the conjunction or preposition glued to it.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-23T10:00:00Z');

describe('Arabic noun of protesters as the actor', () => {
  it('drops the glued conjunction: "ومحتجين" names the protesters', () => {
    const body = 'وشهدت بعض المناطق التركية مواجهات محدودة بين الشرطة ومحتجين أكراد في مدينة ديار بكر.';
    expect(actorsOf(body, 'PROTEST')).toEqual(['محتجين']);
  });

  it('keeps a plain noun as it is', () => {
    expect(actorsOf('الشرطة التركية تطلق مدافع المياه والغاز على متظاهرين في انقرة', 'PROTEST')).toEqual(['متظاهرين']);
  });
});
