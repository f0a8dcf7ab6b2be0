// Names that are also words, read as places only with a cue: Kubaisa (places.mena.ts), an Anbar town whose name is
// also "leap" (سنة كبيسة), and Harad (arabic-cues.ts), a Hajjah town whose name is also a verb.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('Kubaisa', () => {
  it('is the Anbar town after a place noun, never the leap year', () => {
    expect(names('وفي ناحية كبيسة، تمكنت عشائر الناحية من قتل والي التنظيم')).toEqual(['Kubaisa']);
    expect(names('تأتي هذه السنة كبيسة بيوم إضافي')).toEqual([]);
  });
});

describe('Harad (حرض), also the verb "he incited"', () => {
  it('is the Hajjah town after في or إلى, which no verb follows', () => {
    expect(names('ردت المدفعية بدك مواقع الحوثيين في حرض، كما قامت الطائرات بتمشيط الحدود')).toEqual(['Haradh']);
    expect(names('وصلت تعزيزات الحوثيين إلى حرض قرب الحدود')).toEqual(['Haradh']);
  });

  it('stays the verb after من ("whoever") or و', () => {
    expect(names('من حرض على القتل فهو شريك في الجريمة')).toEqual([]);
    expect(names('وحرض على العنف في خطبه')).toEqual([]);
  });
});
