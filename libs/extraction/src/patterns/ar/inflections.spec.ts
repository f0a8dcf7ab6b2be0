// Arabic trigger forms added in inflections.patterns.ts (present plurals, a passive, participles, raids, tolls,
// captures, custody, a spelling of phone calls) and the legal sense of طعن kept apart from stabbing (senses.ts).
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const readings = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => `${m.spec.type}/${m.spec.mode}`);
};

describe('Arabic inflected and less common trigger forms', () => {
  it('reads the present تحاصر as a standing siege, the past حاصرت as a blockade laid', () => {
    expect(readings('وتحاصر قوة أخرى من مكافحة الإرهاب حي التأميم المحاذي للجامعة.')).not.toContain('COERCE/blockade');
    expect(readings('وحاصرت قوة أخرى من مكافحة الإرهاب حي التأميم أمس.')).toContain('COERCE/blockade');
  });
  it('reads the present يستهدف / تستهدف as an aim, the past and an aircraft subject as an attack', () => {
    const assault = (text: string) => readings(text).filter((r) => r.startsWith('ASSAULT'));
    expect(assault('وأكد أن قرار الحكومة بنقل معسكر الشرطة إلى بغداد يستهدف المحافظة سياسيا')).toEqual([]);
    expect(assault('حرب تركيا لا تستهدف حزب العمال الكردستاني وحده')).toEqual([]);
    expect(assault('استهدف المسلحون نقطة تفتيش في المدينة')).not.toEqual([]);
    expect(assault('وتستهدف طائرات التحالف مواقع الحوثيين في صنعاء')).toContain('ASSAULT/aerial');
  });
  it.each([
    ['الحوثيون يقصفون مخازن النفط في تعز.', 'ASSAULT/heavy-weapons'],
    ['دكت طائرات التحالف مواقع الميليشيات في صنعاء.', 'ASSAULT/heavy-weapons'],
    ['واصلت المدفعية دك مواقع الميليشيات في حجة.', 'ASSAULT/heavy-weapons'],
    ['مستوطنون يقتحمون المسجد الأقصى بحماية الشرطة.', 'ASSAULT/null'],
    ['أغارت بوكو حرام على القرية مساء.', 'ASSAULT/null'],
    ['وسقط 20 قتيلا على الأقل في بلدة معرة النعمان.', 'ASSAULT/killing'],
    ['أكدت مصادر سقوط خمسة قتلى من عناصر الحزب في الزبداني.', 'ASSAULT/killing'],
    ['باشرت فرق الدفاع المدني سقوط مقذوف عسكري من داخل الأراضي اليمنية على منزل بنجران.', 'ASSAULT/heavy-weapons'],
    ['أصيبت امرأة حامل بطلقة نارية طائشة في منطقة الكتف.', 'ASSAULT/firearms'],
    ['اغتيل طلال الأردني القيادي في حركة فتح السبت.', 'ASSAULT/assassinate'],
    ['وقالت إنه تم التحفظ على الفاعل من قبل السلطات العمانية.', 'COERCE/arrest'],
    ['وجود قيادات حوثية كبيرة وقعوا أسرى لدى المقاومة.', 'COERCE/arrest'],
    ['سقوط قيادات حوثية كبيرة في قبضة المقاومة اليمنية.', 'COERCE/arrest'],
    ['وأوضح أن المقاومة الشعبية أسرت أمس 45 حوثيا.', 'COERCE/arrest'],
    ['وجرح العشرات، وأسرت المقاومة ثلاثة منهم.', 'COERCE/arrest'],
    ['منعت السلطات الإندونيسية خمسة من لاعبي روما دخول أراضيها.', 'COERCE/ban'],
    ['قال الحريري منتقداً خطاب الأمين العام لحزب الله.', 'ACCUSE/criticize'],
    ['مسؤولون يتهمون الحكومة بالتقصير.', 'ACCUSE/accuse'],
    ['نواب يهددون بسحب الثقة من الحكومة.', 'THREATEN/threaten'],
    ['جاءت الموافقة في اتصال تليفوني بين الرئيسين.', 'CONSULT/phone'],
  ])('%s → %s', (text, reading) => {
    expect(readings(text)).toContain(reading);
  });

  it('keeps jealousy, figures of speech, described crowds and reported bans out', () => {
    expect(readings('لكني أغار عليها من الجهل.')).toEqual([]);
    expect(readings('شهدت المدرجات إشعال مقذوفات نارية.')).toEqual([]);
    expect(readings('الشباب الذين وقعوا أسرى لأفكار خاطئة.')).toEqual([]);
    expect(readings('يقوم المركز بحلقة الوصل بين المدمن وأسرته والجهات العلاجية.')).toEqual([]);
    expect(readings('فرقت الشرطة المتظاهرين الذين كانوا يدينون التنظيم.')).not.toContain('ACCUSE/condemn');
    expect(readings('نفت الوزارة الأنباء عن منع سعوديين من الدخول إلى أراضيها.')).not.toContain('COERCE/ban');
  });

  it('reads an appeal against a ruling as no stabbing, and a stabbing still as one', () => {
    expect(readings('ويمكن لنظيف الطعن على الحكم الصادر اليوم.')).not.toContain('ASSAULT/stabbing');
    expect(readings('ورفع المشتكون طعناً أمام القضاء الأمريكي.')).not.toContain('ASSAULT/stabbing');
    expect(readings('طعن شاب فلسطيني مستوطنا بسكين قرب الخليل.')).toContain('ASSAULT/stabbing');
  });
});
