// The border guard named without its country ("حرس الحدود", "قوات حرس الحدود") guards the article's country, as a
// bare "الجيش" or "الشرطة" serves it (resolve-bare.ts); a Sabq-style dateline with the reporter's name first
// ("فلان الفلاني - سبق - جازان:") names that country too.
import { findActors } from './index';

const ids = (text: string): string[] => findActors(text).map((m) => m.actor.id);

describe('a bare border guard', () => {
  it('belongs to the country the article is about', () => {
    expect(ids('الرياض - واس: أحبطت دوريات حرس الحدود تهريب كمية من القات قرب الحدود السعودية')).toContain('police:SA');
    expect(ids('القاهرة - واس: وأطلقت قوات حرس الحدود النار على مهربين حاولوا عبور الحدود المصرية')).toContain(
      'police:EG',
    );
  });

  it('reads the country from a dateline that opens with the reporter', () => {
    expect(ids('خالد العتيبي - سبق - جازان: تمكن أفراد حرس الحدود من ضبط مهربين')).toContain('police:SA');
  });

  it('keeps a named country after it and drops it when no country stands out', () => {
    expect(ids('وأطلق حرس الحدود التركي النار على المتسللين')).toContain('police:TR');
    expect(ids('وأطلق حرس الحدود النار في الهواء')).toEqual([]);
  });
});
