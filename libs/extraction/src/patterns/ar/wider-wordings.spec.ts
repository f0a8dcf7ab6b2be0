// Other Arabic wordings of the weaker types (MOBILIZE, COERCE, AGREE, SUPPORT, AID, CONCEDE, RETREAT) read as their
// type, each beside the look-alike it must not read: forces sent against a fatwa published or a standing force, a
// crossing shut against a shop, recognition against a confession, a loan against an arms charge.
import type { PloverType } from '@marsad/contracts';
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typed = (type: PloverType, text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === type).length;
};

describe('Arabic wordings of the weaker types', () => {
  it.each<[PloverType, string]>([
    ['MOBILIZE', 'يحشد الجيش التركي قواته على الحدود السورية منذ أيام.'],
    ['MOBILIZE', 'أرسلت إيران 15 ألف مقاتل إلى سوريا.'],
    ['MOBILIZE', 'نشرت الولايات المتحدة طائرات مقاتلة في قاعدة إنجرليك التركية.'],
    ['MOBILIZE', 'تم نشر ألف جندي إضافي على الحدود.'],
    ['MOBILIZE', 'ودفعت قوات التحالف بمدرعات إلى عدن.'],
    ['MOBILIZE', 'رفعت بريطانيا مستوى التأهب إلى ثاني أعلى مستوياته.'],
    ['MOBILIZE', 'نفذت القوات الجوية السعودية تمرينا عسكريا في تبوك.'],
    ['MOBILIZE', 'انتشرت وحدات من الجيش في شوارع العاصمة صنعاء.'],
    ['MOBILIZE', 'كثفت الشرطة الفرنسية انتشارها في محطات القطارات.'],
    ['COERCE', 'أغلقت السلطات المصرية معبر رفح.'],
    ['COERCE', 'اقتادت قوات الأمن المعتقلين إلى سجن الحائر.'],
    ['COERCE', 'سجنت السلطات الإيرانية الصحفي في طهران.'],
    ['AGREE', 'توصل الجانبان إلى تفاهم حول الملف الأمني.'],
    ['AGREE', 'وقعت مصر والسعودية على إعلان القاهرة.'],
    ['SUPPORT', 'اعترفت السويد بدولة فلسطين.'],
    ['SUPPORT', 'هنأ خادم الحرمين الشريفين الرئيس المصري بمناسبة افتتاح القناة.'],
    ['SUPPORT', 'تضامنت الدول العربية مع فرنسا.'],
    ['AID', 'منحت المملكة قرضا لمصر بقيمة مليار دولار.'],
    ['AID', 'أودعت السعودية ملياري دولار في البنك المركزي اليمني.'],
    ['AID', 'سلمت الحكومة الأمريكية شحنة أسلحة للجيش العراقي.'],
    ['CONCEDE', 'رفعت السلطات المصرية حظر التجول عن مدينة العريش.'],
    ['CONCEDE', 'سمحت السلطات الإسرائيلية للمصلين بدخول المسجد الأقصى.'],
    ['CONCEDE', 'اعترف الجيش الأمريكي بمسؤوليته عن قصف المستشفى.'],
    ['RETREAT', 'أخلت ميليشيات الحوثي مواقعها في مديرية دار سعد.'],
    ['RETREAT', 'سحبت روسيا قواتها من الحدود الأوكرانية.'],
    ['RETREAT', 'تراجعت ميليشيات الحوثي إلى أطراف المدينة.'],
    ['RETREAT', 'خرجت ميليشيات الحوثي من مدينة زنجبار.'],
    ['RETREAT', 'سلم عشرات الحوثيين أسلحتهم للمقاومة في عدن.'],
  ])('%s: %s', (type, text) => {
    expect(typed(type, text)).toBeGreaterThan(0);
  });

  it.each<[PloverType, string]>([
    ['MOBILIZE', 'نشر تنظيم داعش فتوى تدعو كل المقاتلين إلى إعلان ولائهم.'],
    ['MOBILIZE', 'وينشر الاتحاد الأفريقي أكثر من 20 ألف جندي في الصومال.'],
    ['MOBILIZE', 'أرسل الرئيس برقية تهنئة إلى جنود الحرس الوطني.'],
    ['MOBILIZE', 'انتشرت الأمراض بين سكان المخيم.'],
    ['MOBILIZE', 'وقد كثفت دوريات المرور تواجدها على الطرق بسبب العاصفة.'],
    ['COERCE', 'أغلقت المطاعم أبوابها بسبب الإضراب.'],
    ['SUPPORT', 'اعترف المتهم بارتكاب الجريمة.'],
    ['SUPPORT', 'ومن هنا بدأت الرحلة بمناسبة العيد.'],
    ['AID', 'قال إن تركيا زودت المجموعات الإرهابية بالسلاح.'],
    ['RETREAT', 'أخلى الدفاع المدني المبنى بعد الحريق.'],
    ['RETREAT', 'تراجعت أسعار النفط في الأسواق العالمية.'],
  ])('not %s: %s', (type, text) => {
    expect(typed(type, text)).toBe(0);
  });
});
