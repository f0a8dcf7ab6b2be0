// An office right after the verb, its body and a rank before the holder's name: the holder is the subject.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-08-06T10:00:00Z');

describe('Arabic office holder after the verb', () => {
  it('takes the holder, not the body his office belongs to', () => {
    const body = 'ودعا الأمين العام لجامعة الدول العربية الدكتور نبيل العربي إسرائيل إلى وقف الاستيطان.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Nabil Elaraby']);
  });

  it('reaches the holder past a long body and an honorific', () => {
    const body =
      'ندد معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ الدكتور عبدالرحمن بن عبدالله السند بالتفجير الإرهابي.';
    expect(actorsOf(body, 'ACCUSE')).toEqual(['عبدالرحمن بن عبدالله السند']);
  });

  it('keeps the body when no rank introduces a name after the office', () => {
    const body = 'ودعا الأمين العام لجامعة الدول العربية إسرائيل إلى وقف الاستيطان.';
    expect(actorsOf(body, 'REQUEST')).toEqual(['Arab League']);
  });
});

describe('Arabic office holder in the idafa of a meeting masdar', () => {
  it('makes the holder the party who met, not the target', () => {
    const body =
      'أثمر لقاء وزير الشؤون الاجتماعية الدكتور ماجد بن عبدالله القصبي، بالأمير الدكتور تركي بن سعود بن محمد آل سعود، في مقر الوزارة اليوم الأحد بالرياض، عن تعاون بين الوزارة والمدينة.';
    expect(actorsOf(body, 'CONSULT')).toEqual(['ماجد بن عبدالله القصبي']);
  });

  it('leaves a definite meeting noun to the verb before it', () => {
    const body =
      'ورأس وفد المملكة إلى أعمال الاجتماع معالي وزير الدولة للشؤون الخارجية الدكتور نزار بن عبيد مدني في القاهرة.';
    expect(actorsOf(body, 'CONSULT')).not.toContain('نزار بن عبيد مدني');
  });
});
