// A state allowing the use of its bases reads as AGREE, fighters fleeing their posts as RETREAT; permission to use a
// phone, workers leaving sponsors and civilians fleeing home do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic basing rights and fighters fleeing', () => {
  it.each([
    ['وقال مسؤول إن الحكومة سمحت للطائرات الحليفة باستخدام قاعدة جوية في الجنوب.', 'AGREE'],
    ['وقرر البرلمان السماح للقوات الأجنبية باستخدام العديد من القواعد في البلاد.', 'AGREE'],
    ['وأكد المتحدث أن المسلحين فروا من مواقعهم بعد تقدم الجيش.', 'RETREAT'],
    ['وأشار البيان إلى حالات هروب جماعية لعناصر التنظيم نحو الصحراء.', 'RETREAT'],
    ['وقال شهود إن المسلحين فروا من معسكر الكتيبة الثالثة شمال البلدة.', 'RETREAT'],
  ])('%s', (text, type) => {
    expect(typesOf(text)).toContain(type);
  });

  it.each([
    ['سمحت الوزارة باستخدام الهواتف في المدارس.', 'AGREE'],
    ['حذرت الجوازات من هروب العمالة المنزلية عن كفلائهم.', 'RETREAT'],
    ['فروا من منازلهم في المدينة.', 'RETREAT'],
    ['وقال الأطباء إن عشرات فروا من معسكر اللاجئين بعد الحريق.', 'RETREAT'],
  ])('%s', (text, type) => {
    expect(typesOf(text)).not.toContain(type);
  });
});
