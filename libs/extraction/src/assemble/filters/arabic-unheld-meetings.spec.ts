import { triggerIndex } from '../../patterns/lexicon';
import { matchTriggers } from '../../patterns/match-triggers';
import { tokenize } from '../../text/tokenize';
import { unheldMeeting } from './arabic-unheld-meetings';

/** The types of the triggers in `text` that unheldMeeting keeps as events. */
const kept = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no ar lexicon');
  const tokens = tokenize(text);
  return matchTriggers(tokens, index)
    .filter((m) => !unheldMeeting(tokens, m))
    .map((m) => m.spec.type);
};

describe('Arabic meetings not reported as held', () => {
  it('drops a meeting named as the subject of its agenda', () => {
    expect(kept('ويبحث الاجتماع الطارئ التصعيد الأخير في المدينة.')).not.toContain('CONSULT');
  });

  it('drops a summit being prepared and a meeting called for', () => {
    expect(kept('بدأت المنظمة الاستعداد لعقد قمة طارئة.')).not.toContain('CONSULT');
    expect(kept('ودعا الرئيس إلى عقد اجتماع طارئ للجامعة.')).not.toContain('CONSULT');
    expect(kept('ودعت الحكومة إلى اجتماع عاجل للجنة.')).not.toContain('CONSULT');
  });

  it('drops a meeting named as the audience of a speech', () => {
    expect(kept('وقال الوزير في كلمته أمام اجتماع اللجنة إن الوضع خطير.')).not.toContain('CONSULT');
  });

  it('drops a meeting set for a date ahead', () => {
    expect(kept('تستضيف الجامعة يوم الأربعاء المقبل الاجتماع المشترك للوزراء.')).not.toContain('CONSULT');
  });

  it('keeps ministers who discuss and a meeting that was held', () => {
    expect(kept('بحث وزير الخارجية ونظيره الفرنسي الأوضاع في المنطقة.')).toContain('CONSULT');
    expect(kept('عقد وزراء الخارجية اجتماعا طارئا في العاصمة أمس.')).toContain('CONSULT');
  });
});
