// Police and security men deployed by count and a build-up told by the masdar تحشيد / تحشدات read as MOBILIZE;
// a policeman in the news, a newscast and rallying the crowds do not.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const mobilizations = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).filter((m) => m.spec.type === 'MOBILIZE').length;
};

describe('Arabic police deployments and massing of forces', () => {
  it.each([
    'نشرت السلطات الفرنسية 600 شرطيا في محيط الميناء.',
    'ونشرت الحكومة عشرة آلاف شرطي في أنحاء البلاد.',
    'نشرت الوزارة مئات من رجال الأمن حول الملعب.',
    'أرسلت السلطات عناصر أمن إضافية إلى الحدود.',
    'رصد الأهالي تحشدات عسكرية قرب البلدة.',
    'تحدث المصدر عن قيام التنظيم بتحشدات لقواته جنوب المدينة.',
    'بدأ المسلحون بتحشيد مقاتليهم على خطوط التماس.',
  ])('%s', (text) => {
    expect(mobilizations(text)).toBeGreaterThan(0);
  });

  it.each([
    'وذكرت القناة في صدر نشرتها اتهام شرطي بقتل رجل.',
    'دعا الحزب إلى تحشيد الجماهير في الساحات.',
    'نشرت الصحيفة مقالا عن رجال الأمن.',
  ])('%s', (text) => {
    expect(mobilizations(text)).toBe(0);
  });
});
