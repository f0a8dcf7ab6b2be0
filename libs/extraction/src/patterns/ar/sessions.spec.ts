// Cabinet and council sessions, their chairs, meetings told in the plural, a joint press conference and a body that
// تجتمع read as CONSULT; a court hearing, a trading day, the noun رأس, a masdar عقد after a preposition, a lone
// speaker's press conference and a meeting wished or habitual do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const consults = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'CONSULT').length;
};

describe('Arabic sessions and plural meetings', () => {
  it.each([
    'رأس الملك الجلسة التي عقدها مجلس الوزراء اليوم في الرياض.',
    'ترأس رئيس الوزراء أمس جلسة طارئة في العاصمة.',
    'وأعلن الوزير إثر انتهاء جلسة مجلس الوزراء أن القرار أرجئ.',
    'وقال المندوب في جلسة طارئة لمجلس الأمن إن الوضع خطير.',
    'عقد الفريق الحكومي اجتماعات موسعة مع قادة القبائل.',
    'أجرى المبعوث سلسلة لقاءات مع المسؤولين في العاصمة.',
    'وقال النائب خلال اجتماعات عقدها مع السفراء إن الحكومة أخلت بالاتفاق.',
    'وشدد الوزير في مؤتمر صحفي مشترك عقده في جدة أمس مع نظيره المصري على أن المواقف ثابتة.',
    'وقال الوزير خلال المؤتمر الصحافي المشترك إن البلدين متفقان.',
    'وتوجه الوزير إلى الخارجية قبل أن يعقدا مؤتمرا صحافيا مشتركا.',
    'تجتمع لجنة مكافحة الإرهاب في الأمم المتحدة اليوم في مدريد.',
    'وترأس رئيس الوزراء، أحمد داود أوغلو، بعد ظهر أمس مجلس وزراء طارئا لبحث خطة عمل.',
    'ترأس وكيل إمارة الباحة الدكتور حامد بن مالح الشمري اجتماعا موسعا مع مدير عام الطرق.',
  ])('%s', (text) => {
    expect(consults(text)).toBeGreaterThan(0);
  });

  it.each([
    'قرر القاضي تأجيل الجلسة إلى الشهر المقبل.',
    'ارتفع رأس المال السوقي للشركات خلال الجلسة إلى مستوى قياسي.',
    'كان على رأس الجلسة وزير المالية.',
    'بدأ التحضير للمعرض عبر عقد عدة اجتماعات تنظيمية.',
    'خسر الفريق عددا من لقاءاته الودية.',
    'وقال الوزير في مؤتمر صحفي عقده أمس إن الحكومة ماضية في خطتها.',
    'يجب أن تجتمع الجامعة العربية وتقرر الاعتذار.',
    'ويرفع الملف إلى لجنة التراث التي تجتمع مرة واحدة سنويا.',
    'إنه كرنفال تجتمع فيه العائلة الثقافية.',
  ])('%s', (text) => {
    expect(consults(text)).toBe(0);
  });
});
