// Gunmen said to belong to a named group act for it: the group is the actor.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-26T10:00:00Z');

describe('Arabic gunmen belonging to a named group', () => {
  it('reads the group after a plural word of belonging as the actor', () => {
    const body = 'وقتل شرطيان بعد أن هاجم مسلحون تابعون لحزب العمال الكردستاني مركزا للشرطة في بلدة بيسميل.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['PKK']);
  });

  it('leaves the gunmen when the group owns the target ("نقطة تابعة لـ")', () => {
    const body = 'وفي محافظة المحويت نفذ مسلحون مجهولون هجوما مسلحا على نقطة تابعة لميليشيات الحوثي.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['gunmen']);
  });
});
