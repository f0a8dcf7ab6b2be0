// Office notices, courtesies and other civic readings of event verbs (senses-civic.ts): each case pairs the
// non-event sentence with an event sentence using the same verb, which must keep its type.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const types = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no ar lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic office notices are no REQUEST', () => {
  it('reads a notice to applicants or staff as administration', () => {
    expect(types('دعت الهيئة المتقدمين إلى حجز موعد عبر موقعها')).not.toContain('REQUEST');
    expect(types('وحث المدير العام الموظفين على مضاعفة الجهد')).not.toContain('REQUEST');
    expect(types('دعا الوزير الأطراف اليمنية إلى وقف القتال فورا')).toContain('REQUEST');
  });
  it('sees a survey or booking step even after a long subject', () => {
    expect(types('ودعا وكيل الوزارة لشؤون الخدمات البلدية أهالي المحافظة للمشاركة في الاستطلاع')).not.toContain(
      'REQUEST',
    );
  });
  it('reads a call to abide by a truce or by law as a demand, a call to follow instructions as a notice', () => {
    expect(types('دعت المنظمة الأطراف المتحاربة إلى التقيد بالهدنة')).toContain('REQUEST');
    expect(types('وتدعو اللجنة جميع الأطراف إلى التقيد بالقانون الدولي')).toContain('REQUEST');
    expect(types('دعت الأمانة السكان إلى التقيد بتعليمات السلامة')).not.toContain('REQUEST');
    expect(types('ودعا الدفاع المدني المصطافين إلى التقيد بالإرشادات')).not.toContain('REQUEST');
  });
  it('reads a prayer as no demand, but a call on Hezbollah stays one', () => {
    expect(types('ودعا الأمير المولى أن يحفظ البلاد')).not.toContain('REQUEST');
    expect(types('ودعت القيادة الله سبحانه أن يتغمده برحمته')).not.toContain('REQUEST');
    expect(types('دعت الحكومة اللبنانية حزب الله إلى الانسحاب من سوريا')).toContain('REQUEST');
  });
  it('sees the praise after the name of the Lord behind a long title', () => {
    expect(types('ودعا الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الله عز وجل أن يتقبل الشهداء')).not.toContain(
      'REQUEST',
    );
    expect(types('ودعا وزير الخارجية عادل الجبير المجتمع الدولي إلى التحرك العاجل لوقف الانتهاكات')).toContain(
      'REQUEST',
    );
  });
  it('reads داعية in a list of trades as a preacher', () => {
    expect(types('عمل في حياته معلما وداعية ومؤلفا')).not.toContain('REQUEST');
    expect(types('أصدرت الوزارة بيانا داعية إلى الحوار بين الأطراف')).toContain('REQUEST');
  });
  it('reads what a plan calls for, or what a buyer asks for, as no demand', () => {
    expect(types('دعت الخطة الوطنية إلى رفع الإنتاج المحلي')).not.toContain('REQUEST');
    expect(types('طلب أحد الزبائن تغيير القناة')).not.toContain('REQUEST');
    expect(types('طلبت الحكومة العراقية من التحالف تكثيف الغارات')).toContain('REQUEST');
  });
});

describe('Arabic courtesies are no CONSULT or SUPPORT', () => {
  it('reads receiving Eid well-wishers as no meeting', () => {
    expect(types('استقبل أمير المنطقة الشرقية في مكتبه اليوم المهنئين بعيد الفطر')).not.toContain('CONSULT');
    expect(types('استقبل الملك في جدة وزير الخارجية الأمريكي')).toContain('CONSULT');
  });
  it('reads season greetings as courtesy, a national-day cable as support', () => {
    expect(types('وقدم الشيخ تهنئته للأمير بعيد الفطر')).not.toContain('SUPPORT');
    expect(types('بعث الملك برقية تهنئة للرئيس بمناسبة ذكرى الاستقلال')).toContain('SUPPORT');
  });
  it('reads commending an office for its efforts, or a price, as no support', () => {
    expect(types('أشاد المحافظ بجهود البلدية في تنظيم الاحتفالات')).not.toContain('SUPPORT');
    expect(types('يصل ثمن الجهاز إلى ألف ريال')).not.toContain('SUPPORT');
    expect(types('أشاد الوزير بالاتفاق الجديد بين الطرفين')).toContain('SUPPORT');
  });
});

describe('Arabic verdicts, sourcing, devices and cabinet business', () => {
  it('reads a court verdict or evidence of guilt as no condemnation', () => {
    expect(types('أدانت المحكمة المتهم بالاحتيال')).not.toContain('ACCUSE');
    expect(types('تمثل الوثائق دليل إدانة للمسؤول')).not.toContain('ACCUSE');
    expect(types('أدانت الخارجية الهجوم على السفارة')).toContain('ACCUSE');
  });
  it('reads دان after a verb of saying as the name Dan', () => {
    expect(types('وقال دان سميث إن المشروع كبير')).not.toContain('ACCUSE');
    expect(types('دانت الجامعة العربية التفجير')).toContain('ACCUSE');
  });
  it('reads the results or closing of an investigation as no new one', () => {
    expect(types('تعهدت الشركة بإعلان نتائج التحقيق في العطل')).not.toContain('ACCUSE');
    expect(types('قررت النيابة إغلاق التحقيق في القضية')).not.toContain('ACCUSE');
    expect(types('فتحت النيابة تحقيقا في الحادث')).toContain('ACCUSE');
  });
  it('reads "all that is a lie" as a retort, not a denial', () => {
    expect(types('قالت إحداهن: كل ذلك كذب')).not.toContain('REJECT');
    expect(types('كذبت الوزارة الأنباء عن إغلاق المعبر')).toContain('REJECT');
  });
  it('reads sanctions lifted, ended or suffered as no sanction imposed', () => {
    expect(types('اتفاق ترفع بموجبه العقوبات الغربية عن طهران')).not.toContain('SANCTION');
    expect(types('تأثرت موسكو كثيرا بالعقوبات الأوروبية')).not.toContain('SANCTION');
    expect(types('فرض الاتحاد الأوروبي عقوبات على مسؤولين روس')).toContain('SANCTION');
  });
  it('reads declining to comment as sourcing', () => {
    expect(types('ورفض المتحدث باسم الشرطة التعليق على الحادث')).not.toContain('REJECT');
    expect(types('رفضت الحكومة المقترح الأمريكي')).toContain('REJECT');
  });
  it('reads هاتف محمول as a telephone, not a call', () => {
    expect(types('عرضت الشركة أول هاتف محمول في السوق')).not.toContain('CONSULT');
    expect(types('هاتف الرئيس نظيره الفرنسي أمس')).toContain('CONSULT');
  });
  it('reads a cabinet approving its own business as no agreement', () => {
    expect(types('وافق مجلس الوزراء على تعديل نظام المرور')).not.toContain('AGREE');
    expect(types('وافقت الحكومة على وقف إطلاق النار')).toContain('AGREE');
  });
  it('reads a civil-defence hazard advisory with a long title as no threat', () => {
    expect(types('حذرت مديرية الدفاع المدني بمنطقة تبوك من خطورة الألعاب النارية')).not.toContain('THREATEN');
    expect(types('حذر الجيش المتظاهرين من الاقتراب من المقر')).toContain('THREATEN');
  });
});
