// A masthead that is an ordinary Arabic word (العربية the adjective, الشرق الأوسط the region, المسيرة a march) is
// the outlet only where the text marks it (outlet-masthead.ts); an English masthead needs its capital.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);
const MEDIA = /^media:/;
const outlets = (text: string): string[] => ids(text).filter((id) => MEDIA.test(id));

describe('mastheads that are ordinary words', () => {
  it('the adjective, the region and the common noun name no outlet', () => {
    expect(outlets('وبحث الوزراء دعم الدول العربية في مواجهة الأزمة')).toEqual([]);
    expect(outlets('وشارك وفد من جامعة البحرين العربية في المؤتمر')).toEqual([]);
    expect(outlets('وقال إن الاتفاق يهدد الاستقرار في الشرق الأوسط كله')).toEqual([]);
    expect(outlets('وانطلقت المسيرة من ساحة البلدية صباح الجمعة')).toEqual([]);
    expect(outlets('ورست السفن قرب الجزيرة بعد العاصفة')).toEqual([]);
  });

  it('an outlet noun before the name marks the outlet', () => {
    expect(outlets('وقال المتحدث في مقابلة مع موقع العربية إن المفاوضات مستمرة')).toEqual(['media:alarabiya']);
    expect(outlets('وبثت فضائية الجزيرة صورا للمظاهرة')).toEqual(['media:aljazeera']);
    expect(outlets('وقالت وكالة أنباء الأناضول إن الجسر أغلق')).toEqual(['media:anadolu']);
  });

  it('a correspondent or the news of a region does not mark the outlet', () => {
    expect(outlets('وقال مراسل الشرق الأوسط في الإذاعة إن الوضع هادئ')).toEqual([]);
    expect(outlets('وتابع المشاهدون أنباء الشرق الأوسط باهتمام')).toEqual([]);
  });

  it('quotes or the tatweel lam of a source mark the outlet', () => {
    expect(outlets('وقال مسؤول محلي لـ«الشرق الأوسط» إن الطريق أغلق')).toEqual(['media:asharq-al-awsat']);
    expect(outlets('وقال مسؤول محلي لـ الشرق الأوسط إن الطريق أغلق')).toEqual(['media:asharq-al-awsat']);
    expect(outlets('وعلمت «الجزيرة» أن الوفد غادر')).toEqual(['media:aljazeera']);
    expect(outlets('وقال في تصريح « للجزيرة « إن اللقاء تأجل')).toEqual(['media:aljazeera']);
  });

  it('the outlet web address marks the outlet', () => {
    expect(outlets('وفق وثيقة اطلعت عليها “العربية.نت” أمس')).toEqual(['media:alarabiya']);
  });

  it('a masthead that is no ordinary word is read bare', () => {
    expect(outlets('ونقلت رويترز عن مصدر أمني أن الهجوم وقع فجرا')).toEqual(['media:reuters']);
    expect(outlets('وذكرت العربية نت أن الاجتماع انتهى')).toEqual(['media:alarabiya']);
  });

  it('an English masthead needs a capital', () => {
    expect(outlets('The Guardian reported that the talks had stalled.')).toEqual(['media:guardian']);
    expect(outlets('He was named guardian of the two children.')).toEqual([]);
    expect(outlets('a report on al-Masirah television said')).toEqual(['media:almasirah']);
  });
});
