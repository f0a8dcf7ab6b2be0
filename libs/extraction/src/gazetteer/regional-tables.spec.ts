// Proves the Saudi governorate table (places.saudi.ts), the frontline/venue table (places.fronts.ts) and the English
// cue that a one-word match inside a transliterated Arabic name ("Khalil al-Hayya", "Deir al-Balah") is no place.
import { findPlaces, type PlaceMention } from './index';

const at = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text).find((m) => m.surface === surface);

const near = (m: PlaceMention | undefined, cc: string, lat: number, lon: number): void => {
  expect(m?.place.country).toBe(cc);
  expect(Math.abs((m?.place.lat ?? 0) - lat)).toBeLessThan(0.1);
  expect(Math.abs((m?.place.lon ?? 0) - lon)).toBeLessThan(0.1);
};

describe('Saudi governorate towns in Arabic', () => {
  it.each([
    ['بيشة', 20.0, 42.6],
    ['الخفجي', 28.44, 48.49],
    ['رفحاء', 29.63, 43.49],
    ['وادي الدواسر', 20.46, 44.78],
    ['الخرمة', 21.92, 42.04],
    ['القنفذة', 19.13, 41.08],
    ['منفذ الطوال', 16.55, 42.92],
  ])('%s', (name, lat, lon) => {
    near(at(`ضبطت الجهات الأمنية في ${name} مطلوبا أمس`, name), 'SA', lat, lon);
  });

  it('keeps word-like names (الوجه "the face", حقل "field") for a trigger', () => {
    expect(at('رأيت الوجه الحقيقي للأزمة في حقل النفط', 'الوجه')).toBeUndefined();
    expect(at('رأيت الوجه الحقيقي للأزمة في حقل النفط', 'حقل')).toBeUndefined();
    near(at('حادث مروري في محافظة الوجه', 'الوجه'), 'SA', 26.25, 36.45);
  });
});

describe('frontline villages, quarters and venues', () => {
  it.each([
    ['غارة على بلدة مركبا الجنوبية', 'مركبا', 'LB', 33.22, 35.52],
    ['قصف مدفعي على يارون ورميش', 'يارون', 'LB', 33.08, 35.42],
    ['اشتباكات في حي الوعر بحمص', 'حي الوعر', 'SY', 34.74, 36.66],
    ['تفجير في منطقة الثرثار شمال الفلوجة', 'منطقة الثرثار', 'IQ', 33.6, 43.7],
    ['وصل الوفد إلى الخرطوم أمس', 'الخرطوم', 'SD', 15.55, 32.53],
    ['وقعت الأطراف الليبية اتفاقا في الصخيرات', 'الصخيرات', 'MA', 33.85, -7.03],
    ['An Israeli strike hit a house in Deir Kifa on Friday', 'Deir Kifa', 'LB', 33.25, 35.37],
    ['Fighters clashed near the Tishreen Dam overnight', 'Tishreen Dam', 'SY', 36.38, 38.18],
    ['Iran seized a tanker near the Strait of Hormuz', 'Strait of Hormuz', 'IR', 26.57, 56.25],
    ['India shut the Attari border crossing', 'Attari', 'IN', 31.6, 74.57],
    [
      'The army took over positions south of the Litani river on Monday',
      'south of the Litani river',
      'LB',
      33.2,
      35.35,
    ],
    ['انتشر الجيش في منطقة جنوب الليطاني', 'جنوب الليطاني', 'LB', 33.2, 35.35],
  ])('%s', (text, surface, cc, lat, lon) => {
    near(at(text, surface), cc, lat, lon);
  });

  it('reads only the south of the Litani as a place: north of it is the rest of Lebanon', () => {
    expect(findPlaces('It will not give up its arms north of the Litani.')).toEqual([]);
  });

  it('reads the populated north-east as North Sinai', () => {
    near(at('حالة الطوارئ في شمال سيناء', 'شمال سيناء'), 'EG', 30.9, 33.85);
  });
});

describe('English names with an Arabic article or bin/ibn', () => {
  it('does not read a given name before al-/bin as a place (Khalil is also Hebron)', () => {
    expect(findPlaces('Hamas official Khalil al-Hayya met the mediators').map((m) => m.place.name)).toEqual([]);
    expect(at('Settlers attacked shops in Khalil on Monday', 'Khalil')?.place.name).toBe('Hebron');
  });

  it('does not read the tail of an unknown "X al-Y" name as the village Y', () => {
    expect(at('Medics in Gaza said a strike hit Khan al-Balah', 'Balah')).toBeUndefined();
    expect(at('Medics in Deir al-Balah said', 'Deir al-Balah')?.place.country).toBe('PS');
  });

  it('keeps a large city before its quarter (Aleppo al-Jadida)', () => {
    expect(at('Shelling hit Aleppo al-Jadida on Sunday', 'Aleppo')?.place.country).toBe('SY');
  });
});
