// A judgment opened by a participle of judging (واصفا, معتبرا) is the sentence speaker's, not the act of a name in
// the clause before it (arabic-judging-participle.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-31T10:00:00Z');

describe('Arabic participles of judging', () => {
  it('gives "واصفا ما حصل بأنه جريمة حرب" to the speaker, not to the settlers', () => {
    const body =
      'أعلن الرئيس الفلسطيني محمود عباس اليوم أنه ينوي التوجه إلى المحكمة الجنائية الدولية رداً على مقتل طفل فلسطيني في حريق أضرمه مستوطنون بمنزل في الضفة الغربية، واصفاً ما حصل بأنه "جريمة حرب" جديدة.';
    const actors = actorsOf(body, 'ACCUSE');
    expect(actors).toContain('Mahmoud Abbas');
    expect(actors).not.toContain('Israeli settlers');
  });
});
