// A definite noun shaped like a nisba after an Arabic subject's head is the verb's object, not an adjective
// (arabic-adjectives.ts, NISBA_SHAPED_NOUNS): "دان المجلس العملية" is the council condemning the operation, and the
// one-word subject then stands for the council the article named (resolve-anaphor.ts, resolveDefiniteHead).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-21T10:00:00Z');

describe('Arabic text subjects followed by a nisba-shaped noun', () => {
  it('reads العملية after the head as the object, so the named council condemns', () => {
    const body =
      'قال المجلس العسكري في تعز إن مسلحين هاجموا مقره في المدينة. وفيما دان المجلس العملية التي وصفها بالإجرامية، أكد أن الحادثة لن تمر دون عقاب.';
    expect(actorsOf(body, 'ACCUSE')).toContain('Taiz Military Council');
  });

  it('keeps a true nisba adjective in the subject', () => {
    const body = 'أدانت الهيئة الشعبية العملية الإرهابية التي استهدفت المسجد في المدينة.';
    expect(actorsOf(body, 'ACCUSE')).toContain('الهيئة الشعبية');
  });
});
