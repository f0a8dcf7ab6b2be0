import { DEFAULT_RESOURCES } from './rule-extractor';
import { rememberingPlaces } from './remembered-places';

describe('rememberingPlaces', () => {
  it('reads the places of one text and language once, and other texts apart', () => {
    const calls: string[] = [];
    const named = rememberingPlaces({
      ...DEFAULT_RESOURCES,
      findPlaces: (text, opts) => {
        calls.push(`${opts?.language}:${text}`);
        return DEFAULT_RESOURCES.findPlaces(text, opts);
      },
    });
    const first = named.findPlaces('قصفت الطائرات مدينة حلب', { language: 'ar' });
    expect(named.findPlaces('قصفت الطائرات مدينة حلب', { language: 'ar' })).toBe(first);
    expect(first.map((m) => m.place.name)).toContain('Aleppo');
    named.findPlaces('الخرطوم توقف زعيم الدواعش', { language: 'ar' });
    named.findPlaces('قصفت الطائرات مدينة حلب', { language: 'en' });
    expect(calls).toEqual(['ar:قصفت الطائرات مدينة حلب', 'ar:الخرطوم توقف زعيم الدواعش', 'en:قصفت الطائرات مدينة حلب']);
  });
});
