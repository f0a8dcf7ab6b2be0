// The outlet a dateline credits ("* مدريد - «الشرق الأوسط»:") filed the story and is no actor of it
// (dateline-credit.ts); the same outlet named inside the story stays.
import { findActors } from './index';

const outlets = (text: string): string[] =>
  findActors(text)
    .map((m) => m.actor.id)
    .filter((id) => id.startsWith('media:'));

describe('outlets credited in a dateline', () => {
  it('the credit of a digest item or of a story head names no actor', () => {
    expect(outlets('عناوين\n* مدريد - «الشرق الأوسط»: تظاهر مئات العمال أمام البرلمان أمس')).toEqual([]);
    expect(outlets('خبر قصير\nنيروبي - رويترز: أغلقت الشرطة الطريق الرئيسي')).toEqual([]);
    expect(outlets('* ليما – «رويترز» : أعلنت الحكومة حالة الطوارئ')).toEqual([]);
  });

  it('an outlet spoken to or named in the story stays', () => {
    expect(outlets('وقال المتحدث لـ«الشرق الأوسط»: «لن نتراجع»')).toEqual(['media:asharq-al-awsat']);
    expect(outlets('وذكرت رويترز: إن الطريق أغلق')).toEqual(['media:reuters']);
  });
});
