// A material happening whose sentence names no place of its own takes the town the sentence right before placed its
// happening in, rather than the country that town lies in (fallback-country-setting.ts).
import type { PlaceLike, Span } from '../assemble.types';
import { draftPlaces } from './placed-events.fixture';
import { fallbackCountrySetting } from './fallback-country-setting';

describe('a fallback country after a sentence placed in one of its towns', () => {
  it('keeps the aid flights expected next at the airport just taken', () => {
    const text =
      'سيطرت القوات الحكومية أمس على مطار عدن الدولي بعد معارك عنيفة مع الحوثيين. ومن المرتقب أن تصل طائرات تحمل مساعدات إنسانية في اليومين المقبلين.';
    const places = draftPlaces(text, 'ar', 'AID');
    expect(places).toContain('Aden International Airport');
    expect(places).not.toContain('Yemen');
  });

  it('does not carry a town of another country, nor a setting gone stale, over the fallback', () => {
    const span = (name: string, kind: PlaceLike['kind'], country: string): Span<PlaceLike> => ({
      first: 0,
      end: 1,
      start: 0,
      stop: 1,
      surface: name,
      value: {
        id: name,
        name,
        nameAr: null,
        country,
        admin1: null,
        lat: 0,
        lon: 0,
        population: 0,
        kind,
        geonameId: null,
      },
    });
    const yemen = span('Yemen', 'country', 'YE');
    const aden = span('Aden', 'city', 'YE');
    expect(fallbackCountrySetting(yemen, { setting: aden, settingFresh: true })).toBe(aden);
    expect(fallbackCountrySetting(yemen, { setting: span('Jeddah', 'city', 'SA'), settingFresh: true })).toBeNull();
    expect(fallbackCountrySetting(yemen, { setting: aden, settingFresh: false })).toBeNull();
  });
});
