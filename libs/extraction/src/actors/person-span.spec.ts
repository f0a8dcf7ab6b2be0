// Person spans after a title: an office complement with an attached pronoun is not the name, a known person's
// name ends where the dictionary ends it, and a spaced dash closes the name.
import { findActors } from './index';

const people = (text: string) => findActors(text).filter((m) => m.actor.kind === 'person');

describe('person spans after a title', () => {
  it('skips an office complement that carries an attached pronoun (رئيس بلديتها X)', () => {
    expect(people('وقال رئيس بلديتها سامر خليل إن العمل مستمر')[0]?.actor.name).toBe('سامر خليل');
  });
  it('ends a known person where the dictionary ends the name', () => {
    const found = people('وأكد أن الرئيس باراك أوباما اتصل بالملك أمس');
    expect(found[0]?.actor.name).toBe('Barack Obama');
  });
  it('reads no person in the body a spokesman speaks for (المتحدث باسم شرطة ولاية هرات)', () => {
    expect(
      people('إذ قال عبد الرؤوف أحمدي المتحدث باسم شرطة ولاية هرات إن قنبلة انفجرت').map((m) => m.surface),
    ).toEqual(['عبد الرؤوف أحمدي']);
  });
  it('does not read the words after a spaced dash as a name', () => {
    const names = people('نفى خالد العمري -نائب وزير الدفاع- استمرار القصف').map((m) => m.surface);
    expect(names.join('|')).not.toContain('استمرار');
  });
  it('ends a name at an imperfect verb after it, future سـ included (محمد بخاري سيسافر)', () => {
    const names = people('أعلنت مصادر أن الرئيس النيجيري الجديد محمد بخاري سيسافر إلى واشنطن').map((m) => m.surface);
    expect(names).toContain('محمد بخاري');
  });
  it('reads a senator under his title past a party adjective (السيناتور الجمهوري جون ماكين)', () => {
    const names = people('وقال السيناتور الجمهوري جون ماكين إن الاتفاق سيئ').map((m) => m.actor.name);
    expect(names).toContain('جون ماكين');
  });
  it('reads a minister’s name past a one-word portfolio the title list lacks (وزير الاقتصاد X)', () => {
    const names = people('وقال وزير الاقتصاد الألماني سيغمار غابرييل إن الاتفاق مهم').map((m) => m.actor.name);
    expect(names).toContain('سيغمار غابرييل');
    expect(people('وقال وزير الاقتصاد إن النمو تراجع')).toEqual([]);
  });
  it('reads no name from a bare office and the verb after it (وزير الخارجية يزور طهران)', () => {
    const names = people('وكان وزير الخارجية يزور طهران عندما وقع الهجوم').map((m) => m.surface);
    expect(names.join('|')).not.toContain('يزور');
  });
});
