// Masdar senses (senses-masdar.ts): each case has a control sentence in which the same word still triggers the event.
import { tokenize } from '../../text/tokenize';
import { triggerIndex } from '../lexicon';
import { matchTriggers } from '../match-triggers';

const typesOf = (text: string) => {
  const index = triggerIndex('ar');
  if (!index) throw new Error('no Arabic lexicon');
  return matchTriggers(tokenize(text), index).map((m) => m.spec.type);
};

describe('Arabic masdar senses', () => {
  it('reads the lifting of sanctions as a prospect after a governing word', () => {
    expect(typesOf('يقضي الاتفاق بالحد من أنشطة طهران النووية مقابل رفع العقوبات المفروضة عليها.')).not.toContain(
      'CONCEDE',
    );
    expect(typesOf('وسيمنع رفض الاتفاق الرئيس باراك أوباما من رفع معظم العقوبات الأمريكية.')).not.toContain('CONCEDE');
    expect(typesOf('وتؤكد التصريحات حدوث قفزة إنتاجية فور رفع العقوبات.')).not.toContain('CONCEDE');
    expect(typesOf('قبل أن تتحرك واشنطن لرفع العقوبات المفروضة على إيران.')).not.toContain('CONCEDE');
    expect(typesOf('رفع مجلس الأمن العقوبات المفروضة على ليبيا.')).toContain('CONCEDE');
    expect(typesOf('وتوقع زيادة صرف إيران بعد رفع الحظر عن أموالها المجمدة.')).toEqual([]);
    expect(typesOf('وفرضت السلطات حظر التجول في المدينة.')).toContain('COERCE');
    expect(typesOf('وأعلنت السلطات عن رفع حظر التجول في المدينة.')).toContain('CONCEDE');
  });
  // "بالتعاون مع" before another act is read by the filters (arabic-manner-phrases.ts, arabic-non-events.ts): none
  // with an unnamed body or a planned act, cooperation with a named partner on an act done now.
  it('reads "any cooperation" as none', () => {
    expect(typesOf('لكن الخارجية الأميركية رفضت أي تعاون مع نظام الأسد.')).not.toContain('COOPERATE');
    expect(typesOf('وأشار إلى المزيد من التعاون الأمريكي مع دول الخليج في تبادل المعلومات.')).toContain('COOPERATE');
  });
  it('reads mines swept, cleared or mapped as no blast', () => {
    expect(typesOf('ستصل قوة سعودية مدعومة بعربات كاسحة وكاشفات ألغام إلى مدينة عدن.')).not.toContain('ASSAULT');
    expect(typesOf('وبدأت الفرق الهندسية نزع الألغام من الطرق.')).not.toContain('ASSAULT');
    expect(typesOf('ستصل القوة إلى مدينة عدن لتطهيرها من الألغام.')).not.toContain('ASSAULT');
    expect(typesOf('وانفجر لغم أرضي بدورية للجيش.')).toContain('ASSAULT');
    expect(typesOf('وزرعت الميليشيات ألغاما في الطرق.')).toContain('ASSAULT');
  });
});
