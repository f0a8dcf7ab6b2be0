// Statements whose doer is their speaker, not the subject of their predicate: an accusation said of the accused
// ("قال الوزير إن قطر ترعى الإرهاب") is the speaker's act (predicate-rejection.ts); the speaker may follow the paper
// spoken to, and a spokesman's phrase owns the body he speaks for (raw-subject.ts).
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('Arabic accusations stated as a predicate of the accused', () => {
  it('an accusation reported after إن belongs to the speaker, not the accused', () => {
    const body = 'وقال وزير الخارجية عادل الجبير إن إيران ترعى الإرهاب في اليمن والعراق.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['Adel al-Jubeir']);
  });

  it('a charge said of the accused without a named speaker has no doer', () => {
    const body = 'وأكد البيان أن قطر ترعى الإرهاب في المنطقة.';
    expect(actorsOf(body, 'ACCUSE')).not.toContain('Qatar');
  });

  it('a denial told to a paper belongs to the spokesman named after the paper', () => {
    const body = 'أوضح لـ«الوطن» المتحدث الرسمي لهيئة الموانئ أنه لا صحة لإغلاق الميناء أمام السفن.';
    expect(actorsOf(body, 'REJECT')).toEqual(['المتحدث الرسمي لهيئة الموانئ']);
  });

  it('a spokesman speaks for the body named after him with ل or باسم', () => {
    expect(actorsOf('وطالب المتحدث الرسمي لهيئة الموانئ التجار بالتزام الأنظمة.', 'REQUEST')).toEqual([
      'المتحدث الرسمي لهيئة الموانئ',
    ]);
    expect(actorsOf('وطالب الناطق باسم هيئة الموانئ التجار بالتزام الأنظمة.', 'REQUEST')).toEqual([
      'الناطق باسم هيئة الموانئ',
    ]);
  });
});
