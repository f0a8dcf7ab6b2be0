// Cabinet and council sessions, their chairs and meetings told in the plural read as CONSULT; a court hearing, a
// trading day, the noun رأس and a masdar عقد after a preposition do not.
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
  ])('%s', (text) => {
    expect(consults(text)).toBeGreaterThan(0);
  });

  it.each([
    'قرر القاضي تأجيل الجلسة إلى الشهر المقبل.',
    'ارتفع رأس المال السوقي للشركات خلال الجلسة إلى مستوى قياسي.',
    'كان على رأس الجلسة وزير المالية.',
    'بدأ التحضير للمعرض عبر عقد عدة اجتماعات تنظيمية.',
    'خسر الفريق عددا من لقاءاته الودية.',
  ])('%s', (text) => {
    expect(consults(text)).toBe(0);
  });
});
