// A verb right after a complementizer carrying a pronoun (بأنه طالب) has the pronoun as subject: the speaker.
import { actorName, fieldsOf } from '../../extractor/fields-of';
import { tokenize } from '../../text/tokenize';
import { pronounAgreesWithVerb, pronounSubjectBefore } from './arabic-pronoun-subject';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-23T10:00:00Z');

describe('Arabic subject pronoun of a complementizer', () => {
  it('gives the verb after بأنه the speaker, not the name ending the phrase before it', () => {
    const body =
      'وأوضح وزير الخارجية عادل الجبير أنه تلقى تأكيدات حول اجتماع لأصدقاء اليمن مشيرا بأنه طالب المسؤولين البريطانيين بالنظر في القرار.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Adel al-Jubeir']);
  });

  it('reads only a complementizer with a pronoun, not a bare أن', () => {
    const at = (text: string, word: string) => {
      const tokens = tokenize(text);
      return pronounSubjectBefore(
        tokens,
        tokens.findIndex((t) => t.surface === word),
      );
    };
    expect(at('وأكد بأنه طالب الحكومة', 'طالب')).toBe(true);
    expect(at('وأكد أنها رفضت العرض', 'رفضت')).toBe(true);
    expect(at('وأكد أن الحكومة طالبت', 'طالبت')).toBe(false);
  });

  it('gives an act verb after أنها the speaker, and keeps its victims as the target', () => {
    const body = 'أعلنت وزارة الداخلية السعودية أنها قتلت ثمانية مسلحين في الدمام.';
    expect(actorsOf(body, 'ASSAULT')).toEqual(['Saudi government']);
    // An unnamed speaker ("الشرطة" alone) leaves no actor rather than the victims.
    expect(actorsOf('أعلنت الشرطة أنها قتلت ثمانية مسلحين في الدمام.', 'ASSAULT')).toEqual([null]);
  });

  it('reads a masculine pronoun before a feminine verb as the pronoun of the matter, not the subject', () => {
    const agrees = (text: string, word: string) => {
      const tokens = tokenize(text);
      return pronounAgreesWithVerb(
        tokens,
        tokens.findIndex((t) => t.surface === word),
      );
    };
    expect(agrees('أعلن المرصد أنه سقطت قذائف', 'سقطت')).toBe(false);
    expect(agrees('أعلنت الشرطة أنها قتلت ثمانية', 'قتلت')).toBe(true);
    expect(agrees('وأوضح الوزير أنه تلقى تأكيدات', 'تلقى')).toBe(true);
  });
});
