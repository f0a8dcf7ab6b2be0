// What a demand asks for or an accusation alleges, further on in its clause, is the statement's content, not an act.
import { fieldsOf } from '../../extractor/fields-of';

const typesOf = fieldsOf((e) => e.type, 'ar', '2015-07-25T10:00:00Z');
const all = (body: string) => ['RETREAT', 'CONCEDE', 'AID', 'REQUEST', 'ACCUSE'].flatMap((type) => typesOf(body, type));

describe('Arabic demanded acts', () => {
  it('drops a release that a demand asks for', () => {
    const demanded = all('وقالت مصادر إن الخاطفين يطالبون بانسحاب المسلحين من البلدة وبالإفراج عن عشرات السجناء.');
    expect(demanded).not.toContain('RETREAT');
    const freed = all('ودعت المنظمة الدولية أمس السلطات المصرية إلى الإفراج عن الصحفيين المعتقلين.');
    expect(freed).toContain('REQUEST');
    expect(freed).not.toContain('RETREAT');
  });
  it('keeps a release reported done', () => {
    expect(all('وأفرجت السلطات أمس عن عشرات السجناء في العاصمة.')).toContain('RETREAT');
  });
});

describe('Arabic demanded surrender', () => {
  it('reads a surrender the besieged are told or asked to make as no surrender', () => {
    const told = all(
      'وكشفت المصادر عن وجود قيادي حوثي محاصر في إحدى البنايات وأنه جرى إبلاغهم بالاستسلام خلال 24 ساعة.',
    );
    expect(told).not.toContain('RETREAT');
    expect(all('وقال الضابط إنه أبلغ المسلحين بالاستسلام قبل اقتحام المبنى.')).not.toContain('RETREAT');
    expect(
      all('ووضعنا الأسير قرب المبنى وهناك خاطبهم بمكبر صوت بالاستسلام، غير أنهم ردوا بإطلاق النار.'),
    ).not.toContain('RETREAT');
  });
  it('keeps a surrender announced by those who surrender', () => {
    expect(all('وأعلن عشرات المسلحين استسلامهم للجيش بعد حصار دام أسبوعا.')).toContain('RETREAT');
  });
});
