// A definite nisba adjective the country table lacks ("الشرطة النيبالية", "القوات الصربية") is read back to the
// state whose name it is built on (derived-gentilic.ts), after a definite institution head only.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('institutions qualified by a nisba built on a country name', () => {
  it('reads the nisba of a name with no curated gentilic as that country', () => {
    expect(ids('وقالت الشرطة النيبالية إنها أوقفت ثلاثة رجال')).toContain('police:NP');
    expect(ids('وانتشرت القوات الصربية على طول الحدود')).toContain('mil:RS');
  });

  it('finds names that take the article, a final alif or a final ya-alif', () => {
    expect(ids('وأعلنت الحكومة الكندية عن خطة جديدة')).toContain('gov:CA');
    expect(ids('وقال الجيش الكرواتي في بيان')).toContain('mil:HR');
    expect(ids('وأكدت الحكومة الفلبينية أنها ستتعاون')).toContain('gov:PH');
  });

  it('leaves ordinary adjectives, names ending in ya and indefinite heads alone', () => {
    expect(ids('وقالت السلطات المحلية إن الطريق مغلق')).toEqual([]);
    expect(ids('وتلاحق الشرطة المالية المتهربين من الضرائب')).not.toContain('police:ML');
    expect(ids('وحضر جندي نيبالي المراسم')).toEqual([]);
  });
});
