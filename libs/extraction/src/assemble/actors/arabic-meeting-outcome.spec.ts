// What a meeting yielded ("أثمر لقاء X بالأمير عن تعاون") is the act of who met.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-02T10:00:00Z');

describe('Arabic outcome of a meeting', () => {
  it('gives the cooperation a meeting yielded the office holder named after the meeting masdar', () => {
    const body =
      'أثمر لقاء وزير الشؤون الاجتماعية الدكتور ماجد بن عبدالله القصبي، بالأمير الدكتور تركي بن سعود بن محمد آل سعود رئيس مدينة الملك عبد العزيز للعلوم والتقنية، في مقر الوزارة اليوم الأحد بالرياض، عن تعاون وشراكة نوعية بين الوزارة والمدينة.';
    expect(actorsOf(body, 'COOPERATE')).toContain('ماجد بن عبدالله القصبي');
  });

  it('does not reach past a sentence end for the meeting', () => {
    const body =
      'أثمر لقاء وزير الشؤون الاجتماعية الدكتور ماجد بن عبدالله القصبي بالأمير نتائج طيبة. وتحدث المسؤولون عن تعاون بين الوزارة والمدينة.';
    expect(actorsOf(body, 'COOPERATE')).not.toContain('ماجد بن عبدالله القصبي');
  });
});
