// Kubaisa (places.mena.ts), an Anbar town whose name is also "leap" (سنة كبيسة): named only with a cue.
import { findPlaces } from './index';

const names = (text: string) => findPlaces(text, { language: 'ar' }).map((m) => m.place.name);

describe('Kubaisa', () => {
  it('is the Anbar town after a place noun, never the leap year', () => {
    expect(names('وفي ناحية كبيسة، تمكنت عشائر الناحية من قتل والي التنظيم')).toEqual(['Kubaisa']);
    expect(names('تأتي هذه السنة كبيسة بيوم إضافي')).toEqual([]);
  });
});
