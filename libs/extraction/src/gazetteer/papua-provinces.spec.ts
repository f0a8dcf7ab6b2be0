// Proves the Indonesian Papua provinces of the region table (places.regions.ts): Arabic news names the scene of the
// unrest there "إقليم بابوا"; the country Papua New Guinea and the separate West Papua keep their own places.
import { findPlaces, type PlaceMention } from './index';

const all = (text: string, language: 'ar' | 'en'): PlaceMention[] => findPlaces(text, { language });

describe('Papua provinces', () => {
  it('reads "إقليم بابوا" as the Indonesian province, not the country', () => {
    const found = all('هاجم مسلحون قرية في إقليم بابوا بأقصى شرق إندونيسيا.', 'ar');
    const papua = found.find((m) => m.place.kind === 'admin1');
    expect(papua?.place.country).toBe('ID');
    expect(Math.abs((papua?.place.lon ?? 0) - 138.5)).toBeLessThan(1);
  });

  it('leaves Papua New Guinea to the country', () => {
    const found = all('ضرب زلزال قوي بابوا غينيا الجديدة أمس.', 'ar');
    expect(found.map((m) => m.place.country)).toEqual(['PG']);
  });

  it('keeps West Papua apart from Papua', () => {
    const found = all('Gunmen attacked a police post in West Papua on Monday.', 'en');
    expect(found.map((m) => m.place.name)).toContain('West Papua');
  });
});
