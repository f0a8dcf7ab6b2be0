// Proves the leaders' table (actors.leaders.ts) is part of the actor dictionary: office holders named in Arabic or
// English get their canonical id, and surnames that are also common words (المعلم, مشعل, سلام) stay plain words.
import { findActors } from '../actors';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('leaders in the actor dictionary', () => {
  it.each([
    ['قال كبير المفاوضين الفلسطينيين صائب عريقات إن إسرائيل تقوض حل الدولتين.', 'person:saeb erekat'],
    ['وانتقد ساركوزي سياسة الحكومة الفرنسية تجاه ليبيا.', 'person:nicolas sarkozy'],
    ['وأكد بحاح أن الحكومة ستعود إلى عدن خلال أيام.', 'person:khaled bahah'],
    ['التقى المبعوث الأممي وزير الخارجية وليد المعلم في دمشق.', 'person:walid al muallem'],
    ['استقبل الملك عبدالله الثاني وزير الخارجية الأمريكي في عمان.', 'person:king abdullah ii'],
    ['Erekat said the Israeli settlement plan would end any chance of talks.', 'person:saeb erekat'],
    ['Hollande called for a political solution in Syria.', 'person:francois hollande'],
    ['Mevlut Cavusoglu said Ankara would not allow a new front on its border.', 'person:mevlut cavusoglu'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('keeps surnames that are common words as words', () => {
    const found = ids('قال المعلم إن الطلاب حملوا مشعل الأمل ودعوا إلى سلام دائم في المدينة.');
    expect(found).not.toContain('person:walid al muallem');
    expect(found).not.toContain('person:khaled meshaal');
    expect(found).not.toContain('person:tammam salam');
  });
});
