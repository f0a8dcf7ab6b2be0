// A first-person verb opening a quotation is the act of the one quoted (arabic-quoted-first-person.ts): "قال سانتوس:
// «أمرت بوقف الغارات»" is Santos halting the raids, though a halt is no statement.
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-27T10:00:00Z');

describe('Arabic first-person verbs opening a quotation', () => {
  it('gives the act to the speaker of the quotation', () => {
    const body =
      'وقال الرئيس الكولومبي خوان مانويل سانتوس، خلال احتفال عسكري في كارتاهينا: «أمرت بوقف الغارات الجوية على المعسكرات».';
    expect(actorsOf(body, 'RETREAT').join('|')).toMatch(/Santos|سانتوس/);
  });

  it('leaves a third-person subject inside the quotation alone', () => {
    const body = 'وقال الرئيس الكولومبي خوان مانويل سانتوس: «أوقفت القوات الجوية الغارات على المعسكرات».';
    expect(actorsOf(body, 'RETREAT').join('|')).not.toMatch(/Santos|سانتوس/);
  });

  it('leaves a feminine verb with its own indefinite subject after it to that subject, not to the speaker', () => {
    const body = 'وأضاف الرئيس الكولومبي خوان مانويل سانتوس: «استهدفت غارة أخرى رتلا للمتمردين قرب الحدود».';
    expect(actorsOf(body, 'ASSAULT').join('|')).not.toMatch(/Santos|سانتوس/);
  });

  it('gives a first-person future verb inside a quotation to the speaker, not to a name before it in the quote', () => {
    const guillemets = 'وقال وزير الخارجية الأمريكي جون كيري: «في حال خرق إيران شروط الاتفاق سنرد بالشكل المناسب».';
    expect(actorsOf(guillemets, 'THREATEN')).not.toContain('Iran');
    expect(actorsOf(guillemets, 'THREATEN').join('|')).toMatch(/Kerry|United States/);
    // Straight marks quoting names inside the speech leave their count even; the colon still opened it.
    const straight =
      'أكد الرئيس التركي رجب طيب أردوغان عزم بلاده التحرك، قائلًا: "تنظيم "داعش"، وتنظيم حزب العمال الكردستاني "بي كيه كيه ، كلها تنظيمات إرهابية سنتخذ كافة التدابير اللازمة تجاهها".';
    expect(actorsOf(straight, 'THREATEN')).toEqual(['Recep Tayyip Erdogan']);
  });

  it('leaves a future verb outside any quotation alone', () => {
    const body = 'وقال الوزير إن إيران سترد على أي هجوم.';
    expect(actorsOf(body, 'THREATEN')).not.toContain('الوزير');
  });
});
