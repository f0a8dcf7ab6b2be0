// A back-reference ("تلك القذائف") whose own clause places it far from the happening it points to tells the answer to
// that happening at its own scene, not a repeat of it: it is not folded into it (merge-events.ts).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const places = (body: string) =>
  rules
    .extract({ id: 't', body, language: 'ar', publishedAt: '2015-07-22T10:00:00Z' })
    .filter((e) => e.type === 'ASSAULT')
    .map((e) => e.location?.name ?? null);

describe('a back-reference placed apart', () => {
  const lead = 'استهدفت خمس قذائف أطلقها الحوثيون صباح أمس مستشفى ظهران الجنوب دون وقوع إصابات.\n';
  it('opens its own happening at the place its clause names', () => {
    const body =
      lead + 'فيما ردت مدفعية القوات المسلحة السعودية بقوة على مصدر تلك القذائف داخل عمق محافظة صعدة اليمنية.';
    expect(places(body)).toEqual(['Dhahran al-Janub', 'Saada Governorate']);
  });
  it('still folds into the happening when it names the same place', () => {
    const body = lead + 'وتفقد المحافظ المنازل التي تضررت من تلك القذائف في ظهران الجنوب.';
    expect(places(body)).toEqual(['Dhahran al-Janub']);
  });
});
