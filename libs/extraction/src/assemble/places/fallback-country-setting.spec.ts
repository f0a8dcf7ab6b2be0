// A material happening whose sentence names no place of its own takes the town the sentence right before placed its
// own happening in, rather than the country that town lies in (fallback-country-setting.ts); a sentence that only
// names towns, an opener that turns to another matter, and a toll left to joined-tolls.ts carry nothing.
import type { PlaceLike, Span } from '../assemble.types';
import { draftPlaces } from './placed-events.fixture';
import { fallbackCountrySetting, turnsToAnotherMatter } from './fallback-country-setting';

describe('a fallback country after a sentence placed in one of its towns', () => {
  it('keeps the aid flights expected next at the airport just taken', () => {
    const text =
      'سيطرت القوات الحكومية أمس على مطار عدن الدولي بعد معارك عنيفة مع الحوثيين. ومن المرتقب أن تصل طائرات تحمل مساعدات إنسانية في اليومين المقبلين.';
    const places = draftPlaces(text, 'ar', 'AID');
    expect(places).toContain('Aden International Airport');
    expect(places).not.toContain('Yemen');
  });

  it('keeps the arrests that follow a raid in the raided town', () => {
    const text = 'داهمت قوات الأمن حيا في مدينة لحج فجر اليوم. واعتقلت القوات عشرين مشتبها بهم.';
    expect(draftPlaces(text, 'ar', 'COERCE').at(-1)).toBe('Lahj');
  });

  it('takes nothing from a sentence that only names towns', () => {
    const text = 'أفاد سكان بأن الهدوء يسود مدينة لحج منذ أيام. واعتقلت القوات عشرين مشتبها بهم.';
    expect(draftPlaces(text, 'ar', 'COERCE').at(-1)).toBe('Yemen');
  });

  it('takes nothing across an opener that turns to another matter', () => {
    for (const opener of ['وفي سياق آخر', 'وعلى صعيد آخر', 'ومن جهة أخرى', 'وفي شأن آخر']) {
      const text = `داهمت قوات الأمن حيا في مدينة لحج فجر اليوم. ${opener}، اعتقلت القوات عشرين مشتبها بهم.`;
      expect(draftPlaces(text, 'ar', 'COERCE').at(-1)).toBe('Yemen');
    }
  });

  it('reads only openers of another matter as turning away', () => {
    expect(turnsToAnotherMatter('وفي سياق آخر، اعتقلت القوات')).toBe(true);
    expect(turnsToAnotherMatter('من ناحية أخرى قال')).toBe(true);
    expect(turnsToAnotherMatter('وفي سياق متصل، اعتقلت القوات')).toBe(false);
    expect(turnsToAnotherMatter('واعتقلت القوات في سياق آخر')).toBe(false);
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
    expect(fallbackCountrySetting(yemen, { happeningSetting: aden })).toBe(aden);
    expect(fallbackCountrySetting(yemen, { happeningSetting: span('Jeddah', 'city', 'SA') })).toBeNull();
    expect(fallbackCountrySetting(yemen, { happeningSetting: null })).toBeNull();
  });
});
