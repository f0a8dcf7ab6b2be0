// Towns, quarters and regions of wire stories the generated gazetteer lacks or gives to a namesake elsewhere
// (places.local.ts): Balcad north of Mogadishu, Tripoli's Souq al-Jumaa, Colombia's Catatumbo, Peru's Chala and
// Gazipur's industrial suburbs Konabari and Kashimpur, and Sarrin south of Kobani.
import { findPlaces, type PlaceMention } from './index';

function find(text: string, surface: string): PlaceMention | undefined {
  return findPlaces(text, { language: text.match(/[\u0600-\u06FF]/) ? 'ar' : 'en' }).find((m) => m.surface === surface);
}

describe('wire-story towns and quarters', () => {
  it.each([
    ['Militants stormed a checkpoint outside Balcad before dawn.', 'Balcad', 'SO', 2.36, 45.39],
    ['Gunfire was heard across Souq al-Jumaa late on Friday.', 'Souq al-Jumaa', 'LY', 32.89, 13.24],
    ['The army sent more troops to Catatumbo this week.', 'Catatumbo', 'CO', 8.6, -73.0],
    ['Miners blocked the highway near Chala for three days.', 'Chala', 'PE', -15.86, -74.25],
    ['Workers in Konabari and Kashimpur walked out.', 'Kashimpur', 'BD', 24.02, 90.32],
    ['Workers in Konabari and Kashimpur walked out.', 'Konabari', 'BD', 24.03, 90.35],
    ['سيطرت القوات على بلدة صرين جنوب كوباني', 'صرين', 'SY', 36.5, 38.27],
  ])('%s (%s)', (text, surface, cc, lat, lon) => {
    const m = find(text, surface);
    expect(m?.place.country).toBe(cc);
    expect(m?.place.lat).toBeCloseTo(lat, 1);
    expect(m?.place.lon).toBeCloseTo(lon, 1);
  });

  it('reads Arabic سوق الجمعة "Friday market" as the Tripoli quarter only behind a trigger', () => {
    expect(find('اشتباكات عنيفة في منطقة سوق الجمعة بطرابلس', 'سوق الجمعة')?.place.country).toBe('LY');
    expect(find('ازدحم سوق الجمعة بالمتسوقين', 'سوق الجمعة')).toBeUndefined();
  });
});
