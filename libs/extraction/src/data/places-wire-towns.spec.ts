// Towns and spots of English insurgency and border news that GeoNames cities500 lacks or spells otherwise
// (places.wire-towns.ts): found where they are, not at a namesake or only at their province.
import { findPlaces } from '../gazetteer';
import { placed } from '../assemble/places/placed-events.fixture';

const found = (text: string, name: string) => findPlaces(text, { language: 'en' }).find((m) => m.place.name === name);

describe('wire-story towns of English insurgency and border news', () => {
  it.each([
    ['Fano fighters stormed the town of Mota in the Amhara region.', 'Mota', 'ET', 11.08, 37.87],
    ['Fighters stormed the post at Banibangou in the Tillaberi region.', 'Banibangou', 'NE', 15.04, 2.7],
    ['A jet bombed a village in Kanbalu township on Friday.', 'Kanbalu', 'MM', 23.2, 95.52],
    ['Chinese ships fired water cannon near Second Thomas Shoal.', 'Second Thomas Shoal', 'PH', 9.73, 115.86],
    ['Police closed offices in North Mitrovica on Monday.', 'Mitrovica', 'XK', 42.88, 20.87],
    ['The reinforcements arrived in Mocimboa da Praia on Sunday.', 'Mocimboa da Praia', 'MZ', -11.32, 40.35],
    ['Insurgents raided the coastal village of Mucojo in Mozambique.', 'Mucojo', 'MZ', -12.07, 40.47],
    ['Troops killed eight militants in the Datta Khel area of North Waziristan.', 'Datta Khel', 'PK', 32.95, 69.78],
    ['Residents blocked the highway through Kirants in Armenia.', 'Kirants', 'AM', 41.03, 45.12],
    ['Gang members stormed Pont-Sondé, a farming town in the Artibonite.', 'Pont-Sondé', 'HT', 19.15, -72.61],
    ['Kidnappers seized pupils from a school in the town of Maga on Monday.', 'Maga', 'NG', 11.38, 4.96],
    ['Soldiers were sent to the Danko-Wasagu local government area.', 'Danko-Wasagu', 'NG', 11.35, 5.05],
    ['Troops cordoned off a forest in the Machil sector near the Line of Control.', 'Machil', 'IN', 34.56, 74.12],
    ['Rebels attacked an army base in Puerto Jordan in Arauca.', 'Puerto Jordán', 'CO', 6.74, -71.1],
    ['Troops swept the Wadi al-Shay valley for militants.', 'Wadi al-Shay', 'IQ', 35.25, 44.15],
    ['Dissidents attacked an army base in El Plateado in Cauca.', 'El Plateado', 'CO', 2.25, -77.12],
    ['A drone strike hit the town of Tinzaouaten near the Algerian border.', 'Tinzaouaten', 'ML', 19.96, 2.97],
    ['Aid trucks reached the town of Shire in Tigray.', 'Shire', 'ET', 14.1, 38.28],
    ['Most of the flood dead were in Buner district.', 'Buner', 'PK', 34.44, 72.5],
  ])('%s', (text, name, cc, lat, lon) => {
    const m = found(text, name);
    expect(m?.place.country).toBe(cc);
    expect(m?.place.lat).toBeCloseTo(lat, 1);
    expect(m?.place.lon).toBeCloseTo(lon, 1);
  });
  it("reads Mirpur by the text's country: Dhaka's quarter in Bangladeshi news, the Kashmir city in Pakistani", () => {
    expect(found('Activists marched in Mirpur and Jatrabari in Bangladesh.', 'Mirpur (Dhaka)')?.place.country).toBe(
      'BD',
    );
    expect(found('Police in Mirpur in Pakistan arrested two men.', 'New Mirpur')?.place.country).toBe('PK');
  });
  it('reads Shire, also an English word, only with a trigger noun', () => {
    expect(found('The Shire Horse Society met on Monday.', 'Shire')).toBeUndefined();
  });
  it('does not read the all-caps MAGA slogan as the Nigerian town', () => {
    expect(found('MAGA supporters rallied outside the court.', 'Maga')).toBeUndefined();
  });
  it('does not read Mocimboa da Praia as Praia, the capital of Cape Verde', () => {
    expect(found('The reinforcements arrived in Mocimboa da Praia on Sunday.', 'Praia')).toBeUndefined();
  });
  it('places an attack on the town itself, not on its region', () => {
    const body =
      'Fighters of the Fano militia stormed the town of Mota in the Amhara region on Tuesday, residents said.';
    expect(placed(body, 'ASSAULT').map((p) => p.place)).toContain('Mota');
  });
});
