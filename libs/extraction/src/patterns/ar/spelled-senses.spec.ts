// Words that fold into a trigger but whose written form (senses surfaceNot) tells another word: أبعاد (dimensions)
// is no إبعاد (deportation), وزارته (his ministry) is no و + زارته (and visited him), ايد (Ed) is no أيد (backed).
// Each has a control sentence in which the trigger still fires.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic senses told by spelling', () => {
  it.each([
    'الذي بدأ تحقيقا فوريا لمعرفة أبعاد تكوين التنظيم والجهات التي تقف وراءه.',
    'وأفاد أن مساحة الحريق تصل أبعادها إلى 25 في 84 مترا.',
    'وطبعت الجمجمة بطابعة ثلاثية الأبعاد.',
    'إذن هذه الحرب متعددة الأبعاد.',
  ])('reads أبعاد (dimensions) as no deportation: %s', (text) => {
    expect(typesOf(text)).not.toContain('COERCE');
  });
  it('still reads إبعاد, with or without its hamza, as a deportation', () => {
    expect(typesOf('وقررت السلطات إبعاد ثلاثة صحفيين أجانب.')).toContain('COERCE');
    expect(typesOf('وقررت السلطات ابعاد ثلاثة صحفيين أجانب.')).toContain('COERCE');
  });
  it.each([
    'أكد وزير التخطيط اليمني أن وزارته تبذل جهودا كبيرة لرصد الواقع الميداني.',
    'وأبان أن الإجراءات التي أقرتها وزارتا الداخلية والعمل دخلت حيز التنفيذ.',
    'وقال الوزير إن وزارتها ستتعاقد مع بنك استثمار.',
  ])('reads a ministry with a pronoun as no visit: %s', (text) => {
    expect(typesOf(text)).not.toContain('CONSULT');
  });
  it('still reads و + زار and و + زارت as a visit', () => {
    expect(typesOf('وزار كارتر إسرائيل والأردن.')).toContain('CONSULT');
    expect(typesOf('وزارت موغيريني طهران أول من أمس.')).toContain('CONSULT');
  });
  it.each([
    'وقال العميل الخاص في مكتب التحقيقات الفيدرالي، ايد رينولد: «نحقق في كل الأسباب الممكنة».',
    'أما الزعيم السابق للحزب، ايد ميليباند الذي استقال في مايو الماضي، فقد حاول تغيير المنحى.',
    'وأضاف أن الوطن في ايد أمينة حريصة على أمنه.',
  ])('reads ايد with a bare alef (Ed, hands) as no backing: %s', (text) => {
    expect(typesOf(text)).not.toContain('SUPPORT');
  });
  it('still reads أيد and أيدت as backing', () => {
    expect(typesOf('أيد الرئيس الأمريكي الاتفاق مع إيران.')).toContain('SUPPORT');
    expect(typesOf('وأيدت الحكومة قرار مجلس الأمن.')).toContain('SUPPORT');
  });
});
