// An aid mention with no doer of its own is the relief body's that reports it in the same sentence
// (aid-speaker-actor.ts); a state or official speaking is not lent to it.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'en', '2025-03-10T10:00:00Z');
const arabicActorsOf = fieldsOf(actorName, 'ar', '2015-07-21T10:00:00Z');

describe('English aid reported by a relief body', () => {
  it('the relief body named as the source after the report delivered the aid', () => {
    const body =
      'A convoy of 12 trucks carrying flour and medicine reached the town of Marowa on Tuesday, the World Food Programme said.';
    expect(actorsOf(body, 'AID')).toEqual(['World Food Programme']);
  });

  it('the relief body speaking before the report delivered it too', () => {
    const body = 'UNICEF said on Friday that a convoy of nine trucks carrying vaccines had reached the city of Marowa.';
    expect(actorsOf(body, 'AID')).toEqual(['UNICEF']);
  });

  it('a state speaking is not lent to the aid', () => {
    const body = 'A convoy of 12 trucks carrying flour reached the town of Marowa on Tuesday, Egypt said.';
    expect(actorsOf(body, 'AID')).not.toContain('Egypt');
  });
});

describe('Arabic aid reported by a relief body', () => {
  it('the relief body whose spokesman reports the delivery delivered it', () => {
    const body =
      'قال المتحدث باسم برنامج الأغذية العالمي إن سفينة تحمل نحو ثلاثة آلاف طن من الأغذية رست في ميناء عدن اليوم.';
    expect(arabicActorsOf(body, 'AID')).toEqual(['World Food Programme']);
  });
});
