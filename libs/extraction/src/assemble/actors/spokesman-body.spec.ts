// A named spokesman's statement or threat is credited to the body his title names (spokesman-body.ts), whether the
// title follows his name ("X، الناطق باسم Y") or the name follows the body ("المتحدث باسم Y العميد X").
import { actorName, fieldsOf } from '../../extractor/fields-of';

const actorsOf = fieldsOf(actorName, 'ar', '2015-07-25T10:00:00Z');

describe('a spokesman stands for his body', () => {
  it('credits the body named after the title that follows the name', () => {
    const body = 'صنعاء - واس: وهدد محمد عبد السلام، الناطق باسم الحوثيين، بوقف التعامل مع المنظمة الدولية.';
    expect(actorsOf(body, 'THREATEN')).toContain('Houthis');
  });

  it('credits the body when the rank and name follow it', () => {
    const body = 'بيروت - واس: ونفى المتحدث باسم الجيش اللبناني العميد سمير حداد الأنباء عن انسحاب الجيش.';
    expect(actorsOf(body, 'REJECT')).toContain('Lebanon military');
  });

  it('keeps a person who holds no spokesman title', () => {
    const body = 'صنعاء - واس: وهدد محمد عبد السلام، القيادي في جماعة الحوثي، بوقف التعامل مع المنظمة الدولية.';
    expect(actorsOf(body, 'THREATEN')).not.toContain('Houthis');
  });
});
