// Merging repeats of one happening: a doer read as plain text in its subject slot outranks a name that a repeat only
// found as the nearest mention (the victims, a speaker).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('merging keeps the slotted doer', () => {
  it('keeps the forces that shelled over the group shelled, named nearest to the toll', () => {
    const body =
      'وفي محافظة نينوى قالت مصادر عسكرية إن قوات الحماية الذاتية قصفت بشكل مركز معاقل وتجمعات تنظيم داعش في قضاء سنجار غرب الموصل وناحية الحردانية، مما أسفر عن مقتل نحو عشرين عنصراً وجرح آخرين.';
    expect(actorsOf(body, 'ASSAULT')).not.toContain('Islamic State');
  });
  // The masdar told later in the sentence is another act it reports (the king's congratulations in his letter).
  it("keeps the subject of the sentence's verb over the doer of a later masdar of the same type", () => {
    const body =
      'وأشاد مجلس الوزراء بالرسالة التي وجهها خادم الحرمين الشريفين للمؤتمر وما تضمنته من تهنئة للشعب اليمني.';
    expect(actorsOf(body, 'SUPPORT')).toEqual(['مجلس الوزراء']);
  });
});
