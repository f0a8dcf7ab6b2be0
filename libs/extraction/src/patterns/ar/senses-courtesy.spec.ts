// Courtesies and sourcing (senses-courtesy.ts, the refusal and request senses of senses-civic.ts and
// verbal.patterns.ts): each case has a control sentence in which the same word still triggers the event.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic courtesies', () => {
  it('reads a host welcoming guests as hospitality, not support', () => {
    expect(typesOf('ورحب سموه بالوفد المرافق في مكتبه بالإمارة.')).not.toContain('SUPPORT');
    expect(typesOf('ورحب سعادته بالمطالعين خلال مواعيد العمل الرسمية للمكتبة.')).not.toContain('SUPPORT');
    expect(
      typesOf('رحب صاحب السمو الملكي الأمير فيصل بن خالد، أمير منطقة عسير رئيس مجلس التنمية السياحية، بزوار المنطقة.'),
    ).not.toContain('SUPPORT');
    expect(typesOf('ورحبت الجامعة العربية بالهدنة الإنسانية في اليمن.')).toContain('SUPPORT');
  });
});

describe('Arabic sourcing', () => {
  it('reads a source speaking to the newspaper on the phone as no call between parties', () => {
    expect(typesOf('وأوضح محافظ عدن في اتصال هاتفي لـ«الشرق الأوسط» أن الوزراء عادوا.')).not.toContain('CONSULT');
    expect(typesOf('وقال الحذيفي في اتصال هاتفي بـ«عكاظ»: الوضع مستقر.')).not.toContain('CONSULT');
    expect(typesOf('وقال المتحدث باسم قوات التحالف في اتصال هاتفي إن العمل لا يزال يحتاج لوقت.')).not.toContain(
      'CONSULT',
    );
    expect(typesOf('وقال المتحدث في اتصال هاتفي، إن العمل مستمر.')).not.toContain('CONSULT');
    expect(typesOf('وأطلع أوغلو في اتصال هاتفي مع الأمين العام للأمم المتحدة على العمليات.')).toContain('CONSULT');
    expect(typesOf('وأكد الملك خلال اتصال هاتفي مع أوباما أن الاتفاق مهم.')).toContain('CONSULT');
  });
  it('reads declining to answer, or a casualty declining the ambulance, as no refusal', () => {
    expect(typesOf('ورفض بلان الإجابة عن سؤال عما إذا كان الفريق قد حصل على إذن.')).not.toContain('REJECT');
    expect(typesOf('تم نقل حالة واحدة للمستشفى وحالة رفضت النقل.')).not.toContain('REJECT');
    expect(typesOf('ورفضت الحكومة المبادرة الروسية.')).toContain('REJECT');
  });
  it('reads an official who asked not to be named as no request', () => {
    expect(typesOf('وأوضح مسؤول تركي طلب التكتم على هويته أن الضربات وقائية.')).not.toContain('REQUEST');
    expect(typesOf('وطلب الرئيس من وزير خارجيته التوجه إلى لاهاي.')).toContain('REQUEST');
  });
});
