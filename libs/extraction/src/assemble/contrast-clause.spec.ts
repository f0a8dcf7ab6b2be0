// A ", but" / "، ولكن" after the trigger opens a contrasting statement whose places are not the trigger's
// (contrast-clause.ts).
import { RuleExtractor } from '../extractor/rule-extractor';

const ex = new RuleExtractor({ minConfidence: 0 });
const placesOf = (body: string, type: string) =>
  ex
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-24T10:00:00Z' })
    .filter((e) => e.type === type)
    .map((e) => e.location?.name ?? null);

describe('places beyond a contrast', () => {
  it('a place after ", ولكن" is the contrasting statement’s; the dateline stays the fallback', () => {
    const body =
      'رويترز- الصخيرات (المغرب): وقّع يوم الأحد بعض الجماعات الليبية المتحاربة على اتفاقٍ مبدئي برعاية الأمم المتحدة لتشكيل حكومة وحدة وإنهاء القتال، ولكن طرفاً رئيساً من برلمان موازٍ في العاصمة طرابلس لم يشارك.';
    expect(placesOf(body, 'AGREE')).toEqual(['Skhirat']);
  });
});
