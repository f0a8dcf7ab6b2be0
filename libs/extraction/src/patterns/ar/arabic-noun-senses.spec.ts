// Arabic trigger words read in their noun or non-event sense (senses-civic.ts): market demand, regulating a
// market, a newspaper's editorial, a study's instructions. Each case pairs the non-event sentence with an event
// sentence using the same word, which must keep its type.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const types = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no ar lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic noun senses of event words', () => {
  it('reads control held under an imperfect light verb as a state, a past one as a seizure', () => {
    expect(types('وتفرض الفصائل اليوم السيطرة على معظم ريف المحافظة')).not.toContain('COERCE');
    expect(types('ويحكم المقاتلون السيطرة على الطريق الدولي')).not.toContain('COERCE');
    expect(types('وأحكم المقاتلون السيطرة على الطريق الدولي أمس')).toContain('COERCE');
  });
  it('reads طلب after a word of existence or before a size as market demand or job openings', () => {
    expect(types('وقال التقرير إن هناك طلب مرتفع على العقارات في المدينة')).not.toContain('REQUEST');
    expect(types('وأشار إلى وجود طلب فنيين في المصانع')).not.toContain('REQUEST');
    expect(types('ولا يقبل المبنى أي طلب يتصل بحملات انتخابية')).not.toContain('REQUEST');
    expect(types('طلب الرئيس من البرلمان عقد جلسة طارئة')).toContain('REQUEST');
  });
  it('reads طلب after a noun that counts, files or answers it as an application, not a demand', () => {
    expect(types('بلغ عدد طلب براءات الاختراع المودعة في المكتب 20 ألفا')).not.toContain('REQUEST');
    expect(types('وأعلنت الوزارة رفض طلب اللجوء الذي تقدم به')).not.toContain('REQUEST');
    expect(types('وطلبت الحكومة العراقية من التحالف تكثيف الغارات')).toContain('REQUEST');
  });
  it('reads a study asking its subjects as method, not a demand', () => {
    expect(types('وطلب الفريق الباحث من أعضاء المجموعة أن يقدموا أنفسهم')).not.toContain('REQUEST');
    expect(types('حيث طلب من المشاركين في الدراسة أن يتذوقوا أنواعا من الطعام')).not.toContain('REQUEST');
    expect(types('وطلبت الحكومة من المشاركين في المفاوضات وقف القتال')).toContain('REQUEST');
  });
  it('reads ضبط of rents, prices or oneself as regulation, not a seizure', () => {
    expect(types('وقررت الحكومة ضبط الإيجارات في العاصمة')).not.toContain('COERCE');
    expect(types('ودعا الجيش إلى ضبط النفس')).not.toContain('COERCE');
    expect(types('ضبطت الشرطة كمية من المخدرات في جدة')).toContain('COERCE');
  });
  it('reads و + عيد before a feast or festival as "and Eid", not a menace', () => {
    expect(types('اختتمت المنظمة حملتها الخاصة بشهر رمضان وعيد الفطر لعام 1436')).not.toContain('THREATEN');
    expect(types('وشهد مهرجان صيف وعيد الشرقية حضورا كبيرا')).not.toContain('THREATEN');
    expect(types('وأطلق قادة الجماعة الوعيد ضد الحكومة')).toContain('THREATEN');
  });
  it('reads هاتف before a brand as the device, not a phone call', () => {
    expect(types('وكاميرا متطورة عن الإصدار السابق هاتف سوني الجديد')).not.toContain('CONSULT');
    expect(types('ومن جهته هاتف الملك سلمان الرئيس الأمريكي')).toContain('CONSULT');
  });
  it("reads a newspaper's call as an editorial", () => {
    expect(types('دعت صحيفة الأهرام الحكومة إلى مراجعة سياساتها')).not.toContain('REQUEST');
    expect(types('دعت الحكومة المصرية حماس إلى وقف إطلاق الصواريخ')).toContain('REQUEST');
  });
});

describe('Arabic warnings of a risk', () => {
  it('reads a warning of a possible collapse or fire as a risk, not a threat', () => {
    expect(types('حذر سياسيون ومسؤولون أمنيون عراقيون من إمكانية حدوث انهيار وشيك')).not.toContain('THREATEN');
    expect(types('وحذرت السلطات من احتمال قوي بنشوب حرائق أخرى')).not.toContain('THREATEN');
    expect(types('وحذر الحوثيون السعودية من رد قاس')).toContain('THREATEN');
  });
});

describe('Arabic signing with a long subject', () => {
  it('finds the accusative agreement past a subject with its attributes', () => {
    expect(
      types('وقعت الأطراف الليبية المجتمعة في مدينة الصخيرات المغربية بحضور المبعوث الأممي اتفاقا سياسيا'),
    ).toContain('AGREE');
    expect(types('وقعت الاشتباكات في مدينة الصخيرات المغربية رغم أن الطرفين أبرما الاتفاق')).not.toContain('AGREE');
  });
});
