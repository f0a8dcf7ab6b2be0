// Arabic warnings of a danger are no threats; a warning with a condition or addressed to a party is one
// (arabic-warnings.ts, through the whole extractor).
import { RuleExtractor } from '../../extractor/rule-extractor';

const rules = new RuleExtractor({ minConfidence: 0 });
const types = (body: string) => rules.extract({ id: 't', body, language: 'ar' }).map((e) => e.type);

describe('Arabic warnings', () => {
  it.each([
    'وحذرت ثماني منظمات حقوقية دولية في بيان مشترك، الجمعة، من حصول انتهاكات لحقوق الإنسان.',
    'وحذرت السفارة الأميركية من أن هذه القمة قد تكون هدفا محتملا للإرهابيين.',
    'وحذر خلفان من تواجد عناصر الإخوان في الخليج.',
    // A titled speaker: the country or body of the title is the speaker's own, not a party warned.
    'وحذّر المستشار القانوني لـ«الجيش السوري الحر» أسامة أبو زيد أمس، من «خطورة» ما أعلنه الأسد.',
    'حذر وزير الخارجية الإيطالي باولو جينتيلوني من تدهور الأوضاع في ليبيا.',
    // "كل من" right after the verb is its subject (each of them), not a party warned.
    'وحذر كل من وزير الخارجية الأميركي ونظيره الروسي من تدهور الأوضاع في سوريا.',
  ])('reads a warning of a danger as no threat: %s', (body) => {
    expect(types(body)).not.toContain('THREATEN');
  });

  it.each([
    'حذر وزير الخارجية الإيطالي الأطراف الليبية المتنازعة من مواجهة عزلة دولية في حال رفضها لاتفاق السلام.',
    'وحذر الحوثيون السعودية من رد قاس.',
    'حذر الجيش المتظاهرين من الاقتراب من المقر.',
    'حذرت نائبة وزير الخارجية الإسرائيلية، تسيبي حوطوفلي، الاتحاد الأوروبي من مقاطعة المستوطنات.',
    'حذر الرئيس الأميركي باراك أوباما الرئيس الروسي فلاديمير بوتين من التدخل.',
    // Anyone at all may be the party warned: "أي شخص", "كل من" (whoever).
    'كما حذرت الجبهة في بيان أي شخص آخر من المشاركة فيما وصفته بالمشروع الأميركي.',
    'وأكدت وزارة الداخلية حرص الحكومة على استتباب الأمن، وتحذر في الوقت ذاته كل من تسول له نفسه الإقدام على مثل ذلك بأن العقاب الشرعي سيكون مصيره.',
  ])('keeps a warning with a condition or to a party: %s', (body) => {
    expect(types(body)).toContain('THREATEN');
  });
});
