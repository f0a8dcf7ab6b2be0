// A security service named with its own adjective before the country's ("المخابرات العامة الأردنية", "الأمن العام
// الأردني") is that country's police or military, as "الجيش التركي" is Turkey's army.
import { findActors } from './index';

const ids = (text: string) => findActors(text, { language: 'ar' }).map((m) => m.actor.id);

describe('institutions with an adjective of their own', () => {
  it('reads the general intelligence and public security of a country as its police', () => {
    expect(ids('تعتقل المخابرات العامة الاردنية منذ يوم الجمعة خال منفذ الهجوم')).toContain('police:JO');
    expect(ids('وأعلنت مديرية الأمن العام الأردنية القبض على المتهمين')).toContain('police:JO');
  });
  it('reads military intelligence as the military', () => {
    expect(ids('وذكرت الاستخبارات العسكرية الإسرائيلية أن')).toContain('mil:IL');
  });
});
