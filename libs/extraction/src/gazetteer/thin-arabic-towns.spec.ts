// Towns the Arabic news names that GeoNames lacks or names only in Latin letters (places.local.ts): Karamlis east of
// Mosul, Malam Fatori and Damasak in Borno, al-Ahwaz, the Arabic name of Ahvaz, and واشنطن, the US capital.
import { findPlaces, type PlaceMention } from './index';

const find = (text: string, surface: string): PlaceMention | undefined =>
  findPlaces(text, { language: 'ar' }).find((m) => m.surface === surface);

describe('towns GeoNames gives no Arabic name', () => {
  it.each([
    ['فجر مسلحو التنظيم 16 منزلا في بلدة كرمليس شرق الموصل', 'كرمليس', 'IQ', 36.3, 43.41],
    ['تشارك قواتنا في عملية داخل نيجيريا بين بلدات مالام فاتوري وداماساك', 'مالام فاتوري', 'NG', 13.68, 13.34],
    ['تشارك قواتنا في عملية داخل نيجيريا بين بلدات مالام فاتوري وداماساك', 'داماساك', 'NG', 13.11, 12.51],
    ['تتواصل حملة الاعتقالات في الأحواز منذ أيام', 'الأحواز', 'IR', 31.32, 48.68],
    ['خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام', 'واشنطن', 'US', 38.9, -77.04],
  ])('%s (%s)', (text, surface, cc, lat, lon) => {
    const m = find(text, surface);
    expect(m?.place.country).toBe(cc);
    expect(m?.place.lat).toBeCloseTo(lat, 1);
    expect(m?.place.lon).toBeCloseTo(lon, 1);
  });
});

describe('the Arabic Washington', () => {
  it('leaves English to GeoNames: "the Washington Post" is still no place', () => {
    expect(findPlaces('The Washington Post reported the talks.', { language: 'en' })).toEqual([]);
    expect(findPlaces('Officials met in Washington on Monday.', { language: 'en' })[0]?.place.id).toBe('gn:4140963');
  });
});
